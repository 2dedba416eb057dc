package cm.resultinstitute.platform.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatusCode;

/**
 * Tomcat's error report, for the errors Tomcat answers itself before any filter runs (a {@code %00} or an encoded
 * slash in the path, an oversized or malformed request line or header): {@code application/problem+json} for the API
 * and for requests whose path could not even be read, Tomcat's plain page without server version or stack otherwise.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ObjectProvider<ProblemWriter> problemWriter;

    ProblemReportValve(ObjectProvider<ProblemWriter> problemWriter) {
        this.problemWriter = problemWriter;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        boolean unknownPath = path == null || path.isEmpty();
        if (!unknownPath && !path.startsWith(ApiPaths.PREFIX) && !path.equals("/api")) {
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            LocaleContextHolder.setLocale(languageOf(request));
            ProblemWriter writer = problemWriter.getObject();
            HttpStatusCode code = HttpStatusCode.valueOf(status);
            String body = writer.json(request, code, null);
            writer.prepare(response, code);
            Writer out = response.getReporter();
            if (out != null) {
                out.write(body);
                response.finishResponse();
            }
        } catch (IOException | RuntimeException e) {
            // The client may be gone, or the response no longer writable: nothing more to say.
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    /** The caller's language, or English when Tomcat cannot read {@code Accept-Language} (cut off, garbled). */
    private static Locale languageOf(Request request) {
        try {
            return request.getLocale();
        } catch (RuntimeException e) {
            return Locale.ENGLISH;
        }
    }
}
