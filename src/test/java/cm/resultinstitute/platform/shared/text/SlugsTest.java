package cm.resultinstitute.platform.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Slugs are lower-case ASCII words joined by dashes, with French accents folded. */
class SlugsTest {

    @Test
    void frenchAccentsAreFolded() {
        assertThat(Slugs.of("Développement", "post")).isEqualTo("developpement");
        assertThat(Slugs.of("Élever la jeunesse : où, quand, comment ?", "post"))
                .isEqualTo("elever-la-jeunesse-ou-quand-comment");
        assertThat(Slugs.of("Cœur d'entrepreneur, ça s'apprend", "post"))
                .isEqualTo("coeur-d-entrepreneur-ca-s-apprend");
    }

    @Test
    void slugsAreNeverEmptyNorOnlyDigitsNorTooLong() {
        assertThat(Slugs.of("!!!", "post")).isEqualTo("post");
        assertThat(Slugs.of("2026", "training")).isEqualTo("training-2026");
        assertThat(Slugs.of("word ".repeat(100), "post"))
                .hasSizeLessThanOrEqualTo(200)
                .doesNotEndWith("-");
    }

    @Test
    void givenSlugsAreChecked() {
        assertThat(Slugs.isValid("leading-teams-2")).isTrue();
        assertThat(Slugs.isValid("Leading")).isFalse();
        assertThat(Slugs.isValid("a--b")).isFalse();
        assertThat(Slugs.isValid("2026")).isFalse();
    }

    @Test
    void takenSlugsGetNumberedSuffixes() {
        java.util.Set<String> taken = java.util.Set.of("leadership", "leadership-2");
        assertThat(Slugs.unique("Leadership", "post", taken::contains)).isEqualTo("leadership-3");
        assertThat(Slugs.unique("Leadership Basics", "post", taken::contains)).isEqualTo("leadership-basics");
    }
}
