package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every common form of a YouTube address gives its video id; anything else gives none. */
class YoutubeVideosTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtube.com/watch?v=dQw4w9WgXcQ",
                "http://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
                "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ&list=PL123&index=2",
                "www.youtube.com/watch?v=dQw4w9WgXcQ",
                "youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ?t=10",
                "https://youtu.be/dQw4w9WgXcQ?si=AbCdEfGh123",
                "youtu.be/dQw4w9WgXcQ",
                "https://www.youtube.com/embed/dQw4w9WgXcQ",
                "https://www.youtube.com/embed/dQw4w9WgXcQ?start=30",
                "https://youtube.com/embed/dQw4w9WgXcQ",
                "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
                "https://www.youtube.com/shorts/dQw4w9WgXcQ",
                "https://youtube.com/shorts/dQw4w9WgXcQ?feature=share",
                "https://m.youtube.com/shorts/dQw4w9WgXcQ?si=xyz",
                "  https://www.youtube.com/watch?v=dQw4w9WgXcQ  ",
                "HTTPS://WWW.YOUTUBE.COM/watch?v=dQw4w9WgXcQ"
            })
    void everyCommonFormGivesTheId(String url) {
        assertThat(YoutubeVideos.idOf(url)).contains("dQw4w9WgXcQ");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "https://vimeo.com/76979871",
                "https://www.youtube.com/",
                "https://www.youtube.com/watch",
                "https://www.youtube.com/watch?v=",
                "https://www.youtube.com/watch?v=short",
                "https://www.youtube.com/watch?v=dQw4w9WgXcQQ",
                "https://www.youtube.com/watch?v=dQw4w9WgX%3C",
                "https://youtu.be/dQw4w9WgXc",
                "https://youtu.be/",
                "https://www.youtube.com/channel/UC38IQsAvIsxxjztdMZQtwHA",
                "https://www.youtube.com/live/dQw4w9WgXcQ",
                "https://www.youtube.com/v/dQw4w9WgXcQ",
                "https://www.youtube.com/playlist?list=PL123",
                "https://www.youtube.com/embed/",
                "https://www.youtube.com/shorts/dQw4w9WgXcQ/extra",
                "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
                "https://evilyoutube.com/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com@evil.example/watch?v=dQw4w9WgXcQ",
                "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
                "ftp://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "javascript:alert(1)//youtube.com/watch?v=dQw4w9WgXcQ",
                "data:text/html,https://youtu.be/dQw4w9WgXcQ",
                "not a url at all",
                "dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ extra"
            })
    void anythingElseGivesNone(String url) {
        assertThat(YoutubeVideos.idOf(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0} starts at {1} s")
    @CsvSource({
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=30, 30",
        "https://youtu.be/dQw4w9WgXcQ?t=42s, 42",
        "https://www.youtube.com/watch?t=1m30s&v=dQw4w9WgXcQ, 90",
        "https://youtu.be/dQw4w9WgXcQ?si=abc&t=1h2m3s, 3723",
        "https://www.youtube.com/embed/dQw4w9WgXcQ?start=75, 75",
        "https://youtu.be/dQw4w9WgXcQ?t=2m, 120"
    })
    void theStartTimeIsKept(String url, int seconds) {
        assertThat(YoutubeVideos.startOf(url)).contains(seconds);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(
            strings = {
                "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://youtu.be/dQw4w9WgXcQ?t=0",
                "https://youtu.be/dQw4w9WgXcQ?t=soon",
                "https://youtu.be/dQw4w9WgXcQ?t=-5",
                "https://youtu.be/dQw4w9WgXcQ?t=99999999999",
                "https://vimeo.com/76979871?t=30"
            })
    void noStartTimeWithoutAValidOne(String url) {
        assertThat(YoutubeVideos.startOf(url)).isEmpty();
    }
}
