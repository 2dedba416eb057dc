package cm.resultinstitute.platform.mail;

import cm.resultinstitute.platform.PlatformApplication;
import cm.resultinstitute.platform.test.TestAccounts;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A whole platform of its own, for tests that break what a shared context must keep: its own database, its own SMTP
 * server, and a look at every send as the platform makes it.
 */
final class OwnPlatform {

    private OwnPlatform() {}

    /** Starts the platform on {@code jdbcUrl} (as the superuser), mailing through 127.0.0.1:{@code smtpPort}. */
    static ConfigurableApplicationContext start(String jdbcUrl, int smtpPort, SendHooks hooks, String... more) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--app.database.url=" + jdbcUrl,
                "--app.database.username=postgres",
                "--app.demo-data=false",
                "--app.admin.email=" + TestAccounts.ADMIN_EMAIL,
                "--app.admin.password=" + TestAccounts.PASSWORD,
                "--app.jwt.secret=" + TestAccounts.JWT_SECRET,
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort,
                "--app.mail.poll-interval=200ms"));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(PlatformApplication.class)
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(hooks.installer()))
                .run(args.toArray(String[]::new));
    }

    /** What to do on the sending thread just before and just after SMTP takes each message. */
    record SendHooks(Consumer<MimeMessage> before, Consumer<MimeMessage> after) {

        static SendHooks none() {
            return new SendHooks(message -> {}, message -> {});
        }

        /** Replaces the platform's mail sender with one configured alike that runs the hooks around each send. */
        BeanPostProcessor installer() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof JavaMailSenderImpl configured ? hooked(configured) : bean;
                }
            };
        }

        private JavaMailSenderImpl hooked(JavaMailSenderImpl configured) {
            JavaMailSenderImpl hooked = new JavaMailSenderImpl() {
                @Override
                protected void doSend(MimeMessage[] messages, Object[] originals) throws MailException {
                    for (MimeMessage message : messages) {
                        before.accept(message);
                    }
                    super.doSend(messages, originals);
                    for (MimeMessage message : messages) {
                        after.accept(message);
                    }
                }
            };
            hooked.setHost(configured.getHost());
            hooked.setPort(configured.getPort());
            hooked.setProtocol(configured.getProtocol());
            hooked.setUsername(configured.getUsername());
            hooked.setPassword(configured.getPassword());
            hooked.setDefaultEncoding(configured.getDefaultEncoding());
            hooked.setJavaMailProperties(configured.getJavaMailProperties());
            return hooked;
        }
    }
}
