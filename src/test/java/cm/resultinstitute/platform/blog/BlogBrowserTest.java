package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Browser;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestAccounts;
import cm.resultinstitute.platform.test.TestData;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An author writes a post with a video, watches the preview, publishes it, and the public page shows the player. */
@PlatformTest
class BlogBrowserTest {

    @RegisterExtension
    static Browser browser = new Browser();

    @LocalServerPort
    int port;

    @Test
    void anAuthorPublishesAPostWithAVideoAndThePublicPageShowsThePlayer() {
        TestData.shared().user("writer@browser.test", "trainer");
        WebDriver page = browser.driver();
        page.manage().deleteAllCookies();
        browser.signIn(url(""), "writer@browser.test", TestAccounts.PASSWORD);

        page.get(url("/blog/manage/new?lang=en"));
        page.findElement(By.name("title")).sendKeys("Leading young teams");
        page.findElement(By.name("tags")).sendKeys("Leadership, Youth");
        page.findElement(By.name("youtubeVideoUrl")).sendKeys("https://youtu.be/dQw4w9WgXcQ?si=share");
        page.findElement(By.name("content")).sendKeys("Teams **grow** when trusted.");
        waitFor(page, ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#preview strong"), "grow"));
        page.findElement(By.cssSelector("button[value=publish]")).click();
        waitFor(page, ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "The post is published."));

        page.manage().deleteAllCookies();
        page.get(url("/blog"));
        page.findElement(By.linkText("Leading young teams")).click();
        waitFor(page, ExpectedConditions.urlContains("/blog/leading-young-teams"));
        WebElement player = page.findElement(By.cssSelector("figure.video iframe"));
        assertThat(player.getAttribute("src")).isEqualTo("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(player.getAttribute("loading")).isEqualTo("lazy");
        assertThat(page.findElement(By.cssSelector(".post-content strong")).getText())
                .isEqualTo("grow");
        assertThat(page.findElement(By.tagName("main")).getText()).contains("leadership", "youth", "RSS feed");
    }

    private static void waitFor(WebDriver page, ExpectedCondition<?> condition) {
        new WebDriverWait(page, Duration.ofSeconds(10)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
