package cm.resultinstitute.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.templateresolver.SpringResourceTemplateResolver;
import org.thymeleaf.templatemode.TemplateMode;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    /** Plain-text bodies ({@code templates/mail/text/*.txt}), beside the HTML ones Spring Boot already resolves. */
    @Bean
    SpringResourceTemplateResolver mailTextTemplates() {
        SpringResourceTemplateResolver resolver = new SpringResourceTemplateResolver();
        resolver.setPrefix("classpath:/templates/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("mail/text/*"));
        resolver.setCheckExistence(true);
        resolver.setOrder(0);
        return resolver;
    }
}
