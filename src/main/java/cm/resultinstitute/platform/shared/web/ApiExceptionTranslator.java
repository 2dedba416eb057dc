package cm.resultinstitute.platform.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where exceptions of the JSON API become {@code application/problem+json} (API.md, "Errors"). Bad
 * input is a 4xx with a reason; a database that cannot be reached is a 503 with {@code Retry-After}; anything
 * unexpected is a 500 that says nothing of the code, the SQL or the stack.
 * Requests for pages are left to the error page: the handlers rethrow them.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after StaticAssets, which answers for a missing stylesheet or script
class ApiExceptionTranslator {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionTranslator.class);
    /** How Spring words an empty body for a required {@code @RequestBody}; it has no exception type of its own. */
    private static final String NO_BODY = "Required request body is missing";

    private static final Pattern KEY_COLUMNS = Pattern.compile("Key \\(([^)]+)\\)");

    private final Problems problems;
    private final MessageSource messages;

    ApiExceptionTranslator(Problems problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @ExceptionHandler(ProblemException.class)
    ResponseEntity<ProblemDetail> problem(ProblemException ex, HttpServletRequest request) throws ProblemException {
        requireApi(ex, request);
        ProblemDetail body = ex.updateAndGetBody(messages, locale());
        problems.complete(body, ex.type(), request);
        problems.withErrors(body, ex.errors());
        return respond(body, ex.getHeaders());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException ex, HttpServletRequest request)
            throws Exception {
        requireApi(ex, request);
        return validation(fieldProblems(ex.getBindingResult()), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException ex, HttpServletRequest request)
            throws Exception {
        requireApi(ex, request);
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> {
            String name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> errors.add(new FieldProblem(
                            error instanceof FieldError field ? field.getField() : name,
                            messages.getMessage(error, locale()))));
        });
        return validation(errors, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> invalidValues(ConstraintViolationException ex, HttpServletRequest request)
            throws Exception {
        requireApi(ex, request);
        List<FieldProblem> errors = ex.getConstraintViolations().stream()
                .map(violation ->
                        new FieldProblem(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
                .toList();
        return validation(errors, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> wrongType(MethodArgumentTypeMismatchException ex, HttpServletRequest request)
            throws Exception {
        requireApi(ex, request);
        return validation(List.of(new FieldProblem(ex.getName(), "{problem.field.invalidValue}")), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request)
            throws Exception {
        requireApi(ex, request);
        if (causedBy(ex, RequestBodyTooLargeException.class) != null) {
            return respond(
                    problems.complete(problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.detail.413"), null, request),
                    HttpHeaders.EMPTY);
        }
        UnrecognizedPropertyException unknown = causedBy(ex, UnrecognizedPropertyException.class);
        if (unknown != null) {
            return validation(List.of(new FieldProblem(path(unknown), "{problem.field.unknown}")), request);
        }
        JacksonException jackson = causedBy(ex, JacksonException.class);
        if (jackson != null
                && !(jackson instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            return validation(List.of(new FieldProblem(path(jackson), "{problem.field.invalidValue}")), request);
        }
        String detail = String.valueOf(ex.getMessage()).startsWith(NO_BODY)
                ? "problem.detail.noBody"
                : "problem.detail.malformed";
        return respond(
                problems.complete(problems.of(HttpStatus.BAD_REQUEST, detail), null, request), HttpHeaders.EMPTY);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request)
            throws Exception {
        requireApi(ex, request);
        return respond(
                problems.complete(problems.of(HttpStatus.CONTENT_TOO_LARGE, "problem.detail.413"), null, request),
                HttpHeaders.EMPTY);
    }

    /** Unique and foreign-key violations are conflicts; other integrity rules broken by the input are a 400. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex, HttpServletRequest request)
            throws Exception {
        requireApi(ex, request);
        SQLException sql = causedBy(ex, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        List<FieldProblem> fields = keyColumns(sql);
        ProblemDetail body =
                switch (state) {
                    case "23505" -> problems.of(HttpStatus.CONFLICT, "duplicate", "problem.detail.duplicate");
                    case "23503" -> problems.of(HttpStatus.CONFLICT, "referenced", "problem.detail.referenced");
                    default -> problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "problem.detail.integrity");
                };
        log.debug("Integrity violation answered with {}", body.getStatus(), ex);
        return respond(problems.withErrors(problems.complete(body, typeOf(body), request), fields), HttpHeaders.EMPTY);
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ResponseEntity<ProblemDetail> concurrentChange(RuntimeException ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        return respond(
                problems.complete(
                        problems.of(HttpStatus.CONFLICT, "concurrent-change", "problem.detail.concurrentChange"),
                        "concurrent-change",
                        request),
                HttpHeaders.EMPTY);
    }

    /** Spring MVC's own refusals (404 no such path, 405, 406, 415...), or else a 500 that reveals nothing. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> other(Exception ex, HttpServletRequest request) throws Exception {
        requireApi(ex, request);
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            // Spring Security answers these: 401 to anonymous callers, 403 to the others.
            throw ex;
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return validation(
                    List.of(new FieldProblem(missing.getParameterName(), "{problem.field.required}")), request);
        }
        if (DatabaseOutages.causedBy(ex)) {
            log.warn(
                    "Database unavailable: {} {} answered 503 ({})",
                    request.getMethod(),
                    request.getRequestURI(),
                    ex.getMessage());
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutages.RETRY_AFTER_SECONDS));
            return respond(
                    problems.complete(problems.of(HttpStatus.SERVICE_UNAVAILABLE, "problem.detail.503"), null, request),
                    headers);
        }
        if (ex instanceof ErrorResponse refusal) {
            ProblemDetail body = ProblemDetail.forStatus(refusal.getStatusCode());
            body.setDetail(
                    problems.message("problem.detail." + refusal.getStatusCode().value()));
            return respond(problems.complete(body, null, request), refusal.getHeaders());
        }
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return respond(
                problems.complete(problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "problem.detail.500"), null, request),
                HttpHeaders.EMPTY);
    }

    private ResponseEntity<ProblemDetail> validation(List<FieldProblem> errors, HttpServletRequest request) {
        ProblemDetail body = problems.of(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "problem.validation.detail");
        return respond(
                problems.withErrors(problems.complete(body, Problems.VALIDATION, request), errors), HttpHeaders.EMPTY);
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail body, HttpHeaders headers) {
        return ResponseEntity.status(HttpStatusCode.valueOf(body.getStatus()))
                .headers(headers)
                .body(body);
    }

    /** Pages have their own error page: hand the exception back to Spring, which sends it there. */
    private static <E extends Exception> void requireApi(E ex, HttpServletRequest request) throws E {
        if (!ApiPaths.isApi(request)) {
            throw ex;
        }
    }

    private List<FieldProblem> fieldProblems(BindingResult result) {
        List<FieldProblem> errors = new ArrayList<>();
        result.getFieldErrors()
                .forEach(error -> errors.add(new FieldProblem(error.getField(), messages.getMessage(error, locale()))));
        result.getGlobalErrors()
                .forEach(error -> errors.add(new FieldProblem(null, messages.getMessage(error, locale()))));
        return errors;
    }

    private static List<FieldProblem> keyColumns(SQLException sql) {
        if (sql == null || sql.getMessage() == null) {
            return List.of();
        }
        Matcher matcher = KEY_COLUMNS.matcher(sql.getMessage());
        if (!matcher.find()) {
            return List.of();
        }
        List<FieldProblem> fields = new ArrayList<>();
        for (String column : matcher.group(1).split(",\\s*")) {
            fields.add(new FieldProblem(camelCase(column), "{problem.field.conflict}"));
        }
        return fields;
    }

    private static String typeOf(ProblemDetail body) {
        String type = body.getType().toString();
        return type.substring(type.lastIndexOf('/') + 1);
    }

    private static String camelCase(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.trim().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    private static String path(JacksonException ex) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : ex.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    private static <T extends Throwable> T causedBy(Throwable ex, Class<T> type) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
