package cm.resultinstitute.platform.test;

import cm.resultinstitute.platform.PlatformApplication;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another instance of the platform on the shared database and mail server, as a second server behind a load
 * balancer would be: nothing it knows comes from the test context's memory, only from PostgreSQL. Registered as a
 * static {@code @RegisterExtension} field, it runs for the test class, after {@link CleanState}.
 */
public final class SecondInstance implements BeforeAllCallback, AfterAllCallback {

    private final String[] settings;
    private ConfigurableApplicationContext context;

    /** @param settings this instance's own settings over the tests' ones, such as {@code app.page-cache-ttl=30s} */
    public SecondInstance(String... settings) {
        this.settings = settings;
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        context = new SpringApplicationBuilder(PlatformApplication.class)
                .initializers(new SharedPostgres.Initializer(), own -> TestPropertyValues.of(settings)
                        .applyTo(own))
                .run("--server.port=0");
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        context.close();
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String url(String path) {
        return "http://localhost:" + port() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
