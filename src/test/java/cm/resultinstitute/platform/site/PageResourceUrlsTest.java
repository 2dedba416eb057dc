package cm.resultinstitute.platform.site;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.PlatformTest;
import jakarta.servlet.ServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@PlatformTest
class PageResourceUrlsTest {

    @Autowired
    ApplicationContext context;

    @Test
    void theOnlyResourceUrlFilterIsThePagesOne() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                        .map(FilterRegistrationBean::getFilter)
                        .filter(ResourceUrlEncodingFilter.class::isInstance))
                .singleElement()
                .isInstanceOf(PageResourceUrls.class);
        assertThat(context.getBeansOfType(ResourceUrlEncodingFilter.class)).isEmpty();
    }

    @Test
    void pagesAreWrappedForTheirAssetLinksAndTheRestIsLeftAlone() throws Exception {
        PageResourceUrls filter = context.getBeansOfType(FilterRegistrationBean.class).values().stream()
                .map(FilterRegistrationBean::getFilter)
                .filter(PageResourceUrls.class::isInstance)
                .map(PageResourceUrls.class::cast)
                .findFirst()
                .orElseThrow();
        for (String path :
                new String[] {"/", "/trainings", "/error", "/api/v1/me", "/actuator/health", "/assets/a.css"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
            AtomicReference<ServletRequest> passed = new AtomicReference<>();
            filter.doFilter(request, new MockHttpServletResponse(), (seen, response) -> passed.set(seen));
            boolean page = PageResourceUrls.NOT_PAGES.stream().noneMatch(path::startsWith);
            assertThat(passed.get() != request).as(path).isEqualTo(page);
        }
    }
}
