package cm.resultinstitute.platform.blog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slugs are lower-case ASCII words joined by dashes, with French accents folded. */
class SlugsTest {

    @Test
    void frenchAccentsAreFolded() {
        assertThat(Slugs.of("Développement")).isEqualTo("developpement");
        assertThat(Slugs.of("Élever la jeunesse : où, quand, comment ?"))
                .isEqualTo("elever-la-jeunesse-ou-quand-comment");
        assertThat(Slugs.of("Cœur d'entrepreneur, ça s'apprend")).isEqualTo("coeur-d-entrepreneur-ca-s-apprend");
    }

    @Test
    void slugsAreNeverEmptyNorOnlyDigitsNorTooLong() {
        assertThat(Slugs.of("!!!")).isEqualTo("post");
        assertThat(Slugs.of("2026")).isEqualTo("post-2026");
        assertThat(Slugs.of("word ".repeat(100))).hasSizeLessThanOrEqualTo(200).doesNotEndWith("-");
    }

    @Test
    void givenSlugsAreChecked() {
        assertThat(Slugs.isValid("leading-teams-2")).isTrue();
        assertThat(Slugs.isValid("Leading")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("2026")).isFalse();
        assertThat(Slugs.isReserved("manage")).isTrue();
    }
}
