package cm.resultinstitute.platform.site;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The build's training run for class data sharing ({@code app.exit-when-ready=true}): the platform starts, gets
 * ready and stops at once, cleanly, so that the JVM archives every class a start loads and an embedded database is
 * stopped with it (Spring's own {@code spring.context.exit=onRefresh} halts the JVM and leaves it running).
 */
@Component
@ConditionalOnBooleanProperty("app.exit-when-ready")
class ExitWhenReady implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ExitWhenReady.class);

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        log.info("Ready: stopping, as app.exit-when-ready asks");
        System.exit(SpringApplication.exit(ready.getApplicationContext()));
    }
}
