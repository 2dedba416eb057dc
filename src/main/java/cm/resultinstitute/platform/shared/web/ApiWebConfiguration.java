package cm.resultinstitute.platform.shared.web;

import java.util.List;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@Configuration(proxyBeanMethods = false)
class ApiWebConfiguration implements WebMvcConfigurer {

    /** Controller methods found by Spring's rules, without trying every one of them for each request. */
    @Bean
    WebMvcRegistrations fixedPrefixHandlerMapping() {
        return new WebMvcRegistrations() {
            @Override
            public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                return new FixedPrefixHandlerMapping();
            }
        };
    }

    /** Flash attributes looked for by pages only. */
    @Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
    FlashMapManager flashMapManager() {
        return new PageFlashMaps();
    }

    /**
     * The API speaks JSON (and bytes, text and files). Spring also adds a YAML converter built on Jackson 2 and an
     * XML one, because springdoc brings their libraries: they would read request bodies past the application's own
     * JSON settings, answer in formats the contract never promised, and be asked on every call.
     */
    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(ApiWebConfiguration::outsideTheApi));
    }

    private static boolean outsideTheApi(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream()
                .anyMatch(type -> type.equalsTypeAndSubtype(MediaType.APPLICATION_YAML)
                        || type.equalsTypeAndSubtype(MediaType.APPLICATION_XML));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverterFactory(new CaseInsensitiveEnumConverterFactory());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new PageQueryResolver());
        resolvers.add(new DryRunResolver());
    }
}
