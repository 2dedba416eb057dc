package cm.resultinstitute.platform.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.QueryCounting;
import cm.resultinstitute.platform.test.TestData;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PlatformTest
class CataloguePagesTest {

    @Autowired
    MockMvcTester mvc;

    @BeforeAll
    static void catalogue(@Autowired JdbcClient jdbc) {
        TestData data = TestData.shared();
        int trainer = data.user("catalogue-trainer@example.com", "trainer");
        LocalDate today = LocalDate.now();
        int leadership =
                data.training("Leadership Essentials", "published", today.plusDays(10), today.plusDays(20), trainer);
        data.limitSeats(leadership, 12);
        int youth =
                data.training("Youth Empowerment Camp", "published", today.minusDays(2), today.plusDays(5), trainer);
        jdbc.sql("UPDATE trainings SET level = 'advanced', category = 'Youth', location = 'Buea' WHERE id = ?")
                .params(youth)
                .update();
        data.training("Secret Draft Course", "draft", today, today.plusDays(30), trainer);
        data.training("Retired Archived Course", "archived", today, today.plusDays(30), trainer);
        data.training("Finished Entrepreneurship", "published", today.minusDays(60), today.minusDays(30), trainer);
        for (int i = 1; i <= 22; i++) {
            data.training(
                    "Paged Workshop %02d".formatted(i),
                    "published",
                    today.plusDays(100 + i),
                    today.plusDays(101 + i),
                    trainer);
        }
    }

    @Test
    void catalogueListsPublishedTrainingsThatHaveNotEnded() {
        String page = Logins.html(mvc.get().uri("/trainings").exchange());
        assertThat(page)
                .contains("<html", "Leadership Essentials", "Youth Empowerment Camp", "12 seats left", "Open to all")
                .doesNotContain("Secret Draft Course", "Retired Archived Course", "Finished Entrepreneurship");
    }

    @Test
    void cardsLinkToTheTrainingPage() {
        assertThat(Logins.html(mvc.get().uri("/trainings").exchange()))
                .contains("href=\"/trainings/leadership-essentials\"");
    }

    @Test
    void endedTrainingsAreListedWhenAskedFor() {
        assertThat(Logins.html(mvc.get().uri("/trainings?past=true").exchange()))
                .contains("Finished Entrepreneurship")
                .doesNotContain("Secret Draft Course");
    }

    @Test
    void searchForgivesMisspellings() {
        assertThat(Logins.html(mvc.get().uri("/trainings?q=leadrship").exchange()))
                .contains("Leadership Essentials", "One training")
                .doesNotContain("Youth Empowerment Camp");
    }

    @Test
    void catalogueFiltersByLevelCategoryAndDates() {
        assertThat(Logins.html(mvc.get().uri("/trainings?level=advanced").exchange()))
                .contains("Youth Empowerment Camp")
                .doesNotContain("Leadership Essentials");
        assertThat(Logins.html(mvc.get().uri("/trainings?category=youth").exchange()))
                .contains("Youth Empowerment Camp")
                .doesNotContain("Leadership Essentials");
        LocalDate today = LocalDate.now();
        assertThat(Logins.html(mvc.get()
                        .uri("/trainings?from={from}&to={to}", today.plusDays(12), today.plusDays(15))
                        .exchange()))
                .contains("Leadership Essentials")
                .doesNotContain("Youth Empowerment Camp", "Paged Workshop");
    }

    @Test
    void theCategoryFilterOffersThePublishedCategoriesAsChoices() {
        String page = Logins.html(mvc.get().uri("/trainings?category=YOUTH").exchange());

        assertThat(page)
                .contains("<option value=\"\">All categories</option>")
                .contains("<option value=\"Leadership Training\">Leadership Training</option>")
                .as("matched whatever its case, and shown as chosen")
                .contains("<option value=\"Youth\" selected=\"selected\">Youth</option>")
                .contains("Youth Empowerment Camp")
                .doesNotContain("Leadership Essentials");
        assertThat(Logins.html(mvc.get().uri("/trainings").exchange()))
                .as("only categories of published trainings, each once")
                .containsOnlyOnce("<option value=\"Youth\">")
                .doesNotContain("selected=\"selected\">Youth");
    }

    @Test
    void theNarrowingFiltersFoldAwayUntilOneIsUsed() {
        assertThat(Logins.html(mvc.get().uri("/trainings?q=leadership").exchange()))
                .contains("<details class=\"more-filters\">", "<summary>More filters</summary>");
        for (String narrowed :
                List.of("category=Youth", "level=advanced", "from=2026-01-01", "to=2026-12-31", "past=true")) {
            assertThat(Logins.html(mvc.get().uri("/trainings?" + narrowed).exchange()))
                    .as(narrowed)
                    .contains("<details class=\"more-filters\" open=\"open\">");
        }
    }

    @Test
    void unreadableFiltersAreShownAsANotice() {
        String page = Logins.html(
                mvc.get().uri("/trainings?from=31/02/2026&level=expert").exchange());
        assertThat(page).contains("These filters are not valid: Level, Running from.");
        assertThat(page).doesNotContain("Leadership Essentials");
    }

    @Test
    void cataloguePagesThroughTheTrainingsTwentyAtATime() {
        String first = Logins.html(mvc.get().uri("/trainings?q=workshop").exchange());
        assertThat(first)
                .contains("22 trainings", "Paged Workshop 01", "Paged Workshop 20", "Page 1 of 2")
                .contains("href=\"/trainings?q=workshop&amp;page=1\"")
                .doesNotContain("Paged Workshop 21");
        String second =
                Logins.html(mvc.get().uri("/trainings?q=workshop&page=1").exchange());
        assertThat(second).contains("Paged Workshop 21", "Paged Workshop 22").doesNotContain("Paged Workshop 20");
    }

    @Test
    void htmxGetsOnlyTheListAndCachesKeepBothApart() {
        MvcTestResult result =
                mvc.get().uri("/trainings?q=youth").header("HX-Request", "true").exchange();
        assertThat(Logins.html(result))
                .startsWith("<div id=\"training-cards\">")
                .contains("Youth Empowerment Camp")
                .doesNotContain("<html", "<form");
        assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).contains("HX-Request");
    }

    @Test
    void aLongListTakesNoMoreQueriesThanAShortOne() {
        assertThat(selects("/trainings?q=workshop")).isEqualTo(selects("/trainings?q=youth"));
    }

    private long selects(String uri) {
        QueryCounting.reset();
        assertThat(mvc.get().uri(uri).exchange()).hasStatusOk();
        return QueryCounting.selects();
    }

    @Test
    void catalogueSpeaksFrench() {
        String page = Logins.html(mvc.get()
                .uri("/trainings")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr-CM,fr;q=0.9")
                .exchange());
        assertThat(page)
                .contains("<html lang=\"fr\"", "Formations", "Tous les niveaux", "12 places restantes", "Avancé")
                .contains("Ouverte à tous", "Inclure les formations terminées");
    }
}
