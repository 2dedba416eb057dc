package cm.resultinstitute.platform.site;

import cm.resultinstitute.platform.shared.AppProperties;
import jakarta.servlet.DispatcherType;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration implements WebMvcConfigurer {

    private static final String[] NOT_PAGES = {"/api/**", "/actuator/**", "/assets/**", "/webjars/**"};

    private final ColourSchemes colourSchemes;
    private final BaseUrlCheck baseUrlCheck;
    private final AppProperties properties;

    SiteConfiguration(ColourSchemes colourSchemes, BaseUrlCheck baseUrlCheck, AppProperties properties) {
        this.colourSchemes = colourSchemes;
        this.baseUrlCheck = baseUrlCheck;
        this.properties = properties;
    }

    /** In place of Thymeleaf's own registration, which wraps every request: pages and error pages only. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new PageResourceUrls());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return registration;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new Languages();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor languageSwitch = new LocaleChangeInterceptor();
        languageSwitch.setParamName("lang");
        languageSwitch.setIgnoreInvalidLocale(true);
        registry.addInterceptor(languageSwitch);
        // Pages only: the API, probes and assets are the hot paths, and have no layout to give switches to.
        for (HandlerInterceptor pagesOnly : List.of(colourSchemes, new PageLinks(properties.baseUrl()), baseUrlCheck)) {
            registry.addInterceptor(pagesOnly).excludePathPatterns(NOT_PAGES);
        }
    }
}
