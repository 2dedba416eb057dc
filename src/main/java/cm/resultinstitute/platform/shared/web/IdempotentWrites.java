package cm.resultinstitute.platform.shared.web;

import cm.resultinstitute.platform.shared.web.IdempotencyKeys.Answer;
import cm.resultinstitute.platform.shared.web.IdempotencyKeys.Earlier;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every write of the API (API.md), and of the pages for the offline roll call's script:
 * the first request with a key runs and its answer is
 * kept; a repeat of the same request by the same caller within 24 hours gets that answer again, with
 * {@code Idempotent-Replayed: true}, and runs nothing. The same key with another request is 422; a repeat while the
 * first still runs is 409. Answers a retry may cure (5xx, 429) are not kept. Runs after the security filters, so that
 * the caller is known and a request they refuse never claims a key.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class IdempotentWrites extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VALID_KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");
    private static final List<String> KEPT_HEADERS =
            List.of("Content-Type", "Content-Language", "Content-Disposition", "Location", "Retry-After");

    private final IdempotencyKeys keys;
    private final ProblemWriter problemWriter;

    IdempotentWrites(IdempotencyKeys keys, ProblemWriter problemWriter) {
        this.keys = keys;
        this.problemWriter = problemWriter;
    }

    /**
     * Writes whose answer is a pair of tokens: keeping it would hand live tokens to whoever repeats the request, and
     * a repeated refresh must meet the check for a reused token. They run every time.
     */
    static final Set<String> ISSUING_TOKENS = Set.of(ApiPaths.V1 + "/auth/login", ApiPaths.V1 + "/auth/refresh");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // The pages take the header too: the offline roll call sends each mark it kept with its own key.
        return request.getHeader(KEY_HEADER) == null
                || !WRITES.contains(request.getMethod())
                || ISSUING_TOKENS.contains(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(KEY_HEADER);
        if (!VALID_KEY.matcher(key).matches() || key.isBlank()) {
            problemWriter.write(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "idempotency-key-invalid",
                    "problem.detail.idempotencyKey");
            return;
        }
        boolean form = isForm(request);
        byte[] body;
        try {
            body = form ? formFields(request) : request.getInputStream().readAllBytes();
        } catch (RequestBodyTooLargeException e) {
            problemWriter.write(request, response, HttpStatus.CONTENT_TOO_LARGE, "problem.detail.413");
            return;
        }
        String query = request.getQueryString();
        String path = request.getRequestURI().substring(request.getContextPath().length())
                + (query != null ? "?" + query : "");
        IdempotencyKeys.Request write = new IdempotencyKeys.Request(caller(), key, request.getMethod(), path, body);
        Optional<Earlier> earlier = keys.claim(write);
        if (earlier.isPresent()) {
            answerRepeat(earlier.get(), request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(form ? request : new ReadAgain(request, body), answer);
            int status = answer.getStatus();
            if (status < 500 && status != HttpStatus.TOO_MANY_REQUESTS.value()) {
                keys.answer(write, new Answer(status, headers(answer), answer.getContentAsByteArray()));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(write);
            }
        }
        answer.copyBodyToResponse();
    }

    private void answerRepeat(Earlier earlier, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (earlier instanceof Earlier.Answered answered) {
            replay(answered.answer(), response);
        } else if (earlier instanceof Earlier.Running) {
            response.setHeader("Retry-After", "1");
            problemWriter.write(
                    request,
                    response,
                    HttpStatus.CONFLICT,
                    "idempotency-key-in-use",
                    "problem.detail.idempotencyKeyInUse");
        } else {
            problemWriter.write(
                    request,
                    response,
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    "idempotency-key-reused",
                    "problem.detail.idempotencyKeyReused");
        }
    }

    private static void replay(Answer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        answer.headers()
                .lines()
                .map(line -> line.split(": ", 2))
                .filter(header -> header.length == 2)
                .forEach(header -> response.setHeader(header[0], header[1]));
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }

    private static boolean isForm(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    /** A form's fields as the request's identity: the security filters have read its body already, to find the token. */
    private static byte[] formFields(HttpServletRequest request) {
        StringBuilder fields = new StringBuilder();
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (!name.equals("_csrf")) {
                for (String value : values) {
                    fields.append(name).append('=').append(value).append('\n');
                }
            }
        });
        return fields.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String headers(HttpServletResponse response) {
        StringBuilder headers = new StringBuilder();
        for (String name : KEPT_HEADERS) {
            String value = name.equals("Content-Type") ? response.getContentType() : response.getHeader(name);
            if (value != null) {
                headers.append(name).append(": ").append(value).append('\n');
            }
        }
        return headers.toString();
    }

    /** Keys are per caller: the user of the access token, or one shared anonymous caller for the public writes. */
    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return "anonymous";
        }
        return "user:" + authentication.getName();
    }

    /** The request with its body, already read to digest it, to be read again by the controller. */
    static final class ReadAgain extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadAgain(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is in memory: it is available at once, and read to its end once consumed. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding != null ? Charset.forName(encoding) : StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
