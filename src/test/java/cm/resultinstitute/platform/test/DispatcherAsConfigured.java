package cm.resultinstitute.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcProperties;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * MockMvc's DispatcherServlet set up as the application's: Spring Boot leaves it publishing an event for every
 * request, which the application turns off (and which looks up the session a cookie names, to put its id in the
 * event), so that tests see the work a request does in production.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DispatcherAsConfigured {

    @Bean
    MockMvcBuilderCustomizer dispatcherAsConfigured(WebMvcProperties mvc) {
        return builder -> builder.addDispatcherServletCustomizer(
                servlet -> servlet.setPublishEvents(mvc.isPublishRequestHandledEvents()));
    }
}
