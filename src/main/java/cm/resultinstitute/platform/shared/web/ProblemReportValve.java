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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error report, for the errors Tomcat answers itself before any filter runs (a {@code %00} or an encoded
 * slash in the path, an oversized or malformed request line or header): {@code application/problem+json} for the API
 * and for requests whose path could not even be read; otherwise a short page in the visitor's language, with the
 * security headers every other page has, and never the server's version or a stack.
 */
class ProblemReportValve extends ErrorReportValve {

    private final ObjectProvider<ProblemWriter> problemWriter;
    private final ObjectProvider<MessageSource> messages;

    ProblemReportValve(ObjectProvider<ProblemWriter> problemWriter, ObjectProvider<MessageSource> messages) {
        this.problemWriter = problemWriter;
        this.messages = messages;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String path = request.getRequestURI();
        boolean unknownPath = path == null || path.isEmpty();
        boolean page = !unknownPath && !path.startsWith(ApiPaths.PREFIX) && !path.equals("/api");
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
            Locale language = languageOf(request);
            LocaleContextHolder.setLocale(language);
            ProblemWriter writer = problemWriter.getObject();
            HttpStatusCode code = HttpStatusCode.valueOf(status);
            writer.prepare(response, code);
            String body;
            if (page) {
                body = page(status, language);
                response.setContentType("text/html;charset=UTF-8");
                response.setHeader(HttpHeaders.CONTENT_LANGUAGE, pageLanguage(language));
                response.setHeader("Content-Security-Policy", "default-src 'none'");
                response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
            } else {
                body = writer.json(request, code, null);
            }
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

    /** The error page's whole text: a title, what happened, the way home; nothing else is loaded. */
    private String page(int status, Locale language) {
        MessageSource text = messages.getObject();
        String what = text.getMessage("error." + status, null, null, language);
        if (what == null) {
            what = text.getMessage("error.400", null, "", language);
        }
        String title = text.getMessage("error.title", null, "Error", language);
        return "<!DOCTYPE html><html lang=\"" + pageLanguage(language) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta name=\"color-scheme\" content=\"light dark\"><title>" + HtmlUtils.htmlEscape(title)
                + "</title></head><body><main><h1>" + HtmlUtils.htmlEscape(title) + "</h1><p>"
                + HtmlUtils.htmlEscape(what) + "</p><p><a href=\"/\">"
                + HtmlUtils.htmlEscape(text.getMessage("error.home", null, "Home", language))
                + "</a></p></main></body></html>";
    }

    private static String pageLanguage(Locale language) {
        return "fr".equals(language.getLanguage()) ? "fr" : "en";
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
