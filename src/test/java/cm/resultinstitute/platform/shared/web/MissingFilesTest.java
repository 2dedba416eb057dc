package cm.resultinstitute.platform.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MissingFilesTest {

    @Test
    void aPathNamesAFileWhenItsLastSegmentHasAShortExtension() {
        for (String file :
                new String[] {"/css/site.css", "/images/logo.PNG", "/a.b.js", "/x/y/f.woff2", "/f.12345678"}) {
            assertThat(MissingFiles.namesAFile(file)).as(file).isTrue();
        }
        for (String other : new String[] {
            "/", "/trainings", "/.htaccess", "/css/", "/css.d/site", "/f.", "/f.123456789", "/f.c-s", "/f.css/", "/a/.b"
        }) {
            assertThat(MissingFiles.namesAFile(other)).as(other).isFalse();
        }
    }
}
