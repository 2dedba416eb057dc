package cm.resultinstitute.platform.shared.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/** Puts {@link ProblemReportValve} in place of the error report valve that Spring Boot gives Tomcat's host. */
@Component
class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private final ObjectProvider<ProblemWriter> problemWriter;
    private final ObjectProvider<MessageSource> messages;

    TomcatErrorReports(ObjectProvider<ProblemWriter> problemWriter, ObjectProvider<MessageSource> messages) {
        this.problemWriter = problemWriter;
        this.messages = messages;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Pipeline pipeline = context.getParent().getPipeline();
            for (Valve valve : pipeline.getValves()) {
                if (valve instanceof ErrorReportValve) {
                    pipeline.removeValve(valve);
                }
            }
            pipeline.addValve(new ProblemReportValve(problemWriter, messages));
            // Otherwise the host adds a default report valve of its own when it starts, server version included.
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    /** After Spring Boot's own customizer (order 0), whose report valve this one replaces. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
