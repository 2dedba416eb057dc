package cm.resultinstitute.platform.site;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
class SiteConfiguration implements WebMvcConfigurer {

    private final ColourSchemes colourSchemes;
    private final BaseUrlCheck baseUrlCheck;

    SiteConfiguration(ColourSchemes colourSchemes, BaseUrlCheck baseUrlCheck) {
        this.colourSchemes = colourSchemes;
        this.baseUrlCheck = baseUrlCheck;
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
        registry.addInterceptor(colourSchemes);
        registry.addInterceptor(new PageLinks());
        registry.addInterceptor(baseUrlCheck);
    }
}
