package cm.resultinstitute.platform.trainings.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import cm.resultinstitute.platform.test.Logins;
import cm.resultinstitute.platform.test.PlatformTest;
import cm.resultinstitute.platform.test.TestData;
import jakarta.servlet.http.Cookie;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The catalogue's pages in the reader's language, and the trainer's form with both languages side by side. */
@PlatformTest
class TrainingLanguagesPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    final TestData data = TestData.shared();

    int trainer;
    Cookie trainerSession;
    int translated;
    int untranslated;

    @BeforeEach
    void catalogue() {
        jdbc.sql("TRUNCATE users, trainings RESTART IDENTITY CASCADE").update();
        trainer = data.user("trainer@languages.test", "trainer");
        trainerSession = Logins.pageSession(mvc, "trainer@languages.test");
        LocalDate today = LocalDate.now();
        translated = data.training("Leading Teams", "published", today.plusDays(3), today.plusDays(9), trainer);
        untranslated = data.training("Budgeting Basics", "published", today.plusDays(4), today.plusDays(9), trainer);
        jdbc.sql("UPDATE trainings SET category = 'Leadership Training', description = 'Meetings that decide.'")
                .update();
        jdbc.sql("""
                        INSERT INTO training_translations (training_id, language, title, description)
                        VALUES (?, 'fr', 'Diriger une équipe', 'Des réunions qui décident.')""").params(translated).update();
    }

    @Test
    void aFrenchReaderReadsTheFrenchTrainingWithFrenchCategoryNames() {
        String page = page("/trainings/" + translated, "fr");
        assertThat(page)
                .contains("<html lang=\"fr\"", "<h1>Diriger une équipe</h1>", "Des réunions qui décident.")
                .contains("Formation au leadership")
                .doesNotContain("Leading Teams", "not-translated", "Leadership Training");
    }

    @Test
    void theLanguageSwitchOfTheAddressTranslatesTheContentAtOnce() {
        assertThat(page("/trainings/" + translated + "?lang=fr", "en"))
                .as("the switch is made during the request, before the training is read")
                .contains("<html lang=\"fr\"", "<h1>Diriger une équipe</h1>");
    }

    @Test
    void anEnglishReaderReadsTheOriginal() {
        assertThat(page("/trainings/" + translated, "en"))
                .contains("<html lang=\"en\"", "<h1>Leading Teams</h1>", "Leadership Training")
                .doesNotContain("Diriger une équipe", "not-translated");
    }

    @Test
    void aPageNamesItsVersionInEachLanguageForSearchEngines() {
        String page = page("/trainings/" + translated + "?page=0", "en");
        assertThat(page)
                .containsPattern("<link rel=\"alternate\" hreflang=\"en\" href=\"https?://[^\"/]+/trainings/"
                        + translated + "\\?page=0&amp;lang=en\">")
                .containsPattern("<link rel=\"alternate\" hreflang=\"fr\" href=\"https?://[^\"/]+/trainings/"
                        + translated + "\\?page=0&amp;lang=fr\">")
                .contains("<link rel=\"alternate\" hreflang=\"x-default\"");
    }

    @Test
    void anUntranslatedTrainingIsShownInItsOriginalLanguageAndMarkedAsSuch() {
        String page = page("/trainings/" + untranslated, "fr");
        assertThat(page)
                .contains("<h1 lang=\"en\">Budgeting Basics</h1>")
                .contains("id=\"not-translated\"", "Pas encore traduit en français : affiché en anglais")
                .contains("lang=\"en\">Meetings that decide.</div>");
    }

    @Test
    void theCatalogueAndTheHomePageListTrainingsInTheReadersLanguage() {
        String catalogue = page("/trainings", "fr");
        assertThat(catalogue)
                .contains("Diriger une équipe", "<h2 class=\"card-title\" lang=\"en\">", "Budgeting Basics")
                .contains("<option value=\"Leadership Training\">Formation au leadership</option>");
        assertThat(page("/trainings?q=équipe", "en")).contains("Leading Teams").doesNotContain("Budgeting Basics");
        assertThat(page("/", "fr")).contains("Diriger une équipe", "Formation au leadership");
        assertThat(page("/", "en")).contains("Leading Teams").doesNotContain("Diriger une équipe");
    }

    @Test
    void theTrainerWritesBothLanguagesInOneForm() throws Exception {
        String form = Logins.html(mvc.get()
                .uri("/trainer/trainings/new")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .cookie(trainerSession)
                .exchange());
        assertThat(form)
                .as("a French writer writes in French first")
                .contains(
                        "<option value=\"FR\" selected=\"selected\">", "Traduction en anglais", "data-language-panels");

        MvcTestResult created = post(
                "/trainer/trainings/new",
                Map.of(
                        "title", "Public Speaking",
                        "originalLanguage", "en",
                        "translatedTitle", "Prise de parole",
                        "translatedDescription", "Parler avec assurance.",
                        "status", "DRAFT"));
        String location = created.getResponse().getRedirectedUrl();
        assertThat(location).matches("/trainer/trainings/\\d+");
        int id = Integer.parseInt(location.substring(location.lastIndexOf('/') + 1));
        assertThat(translation(id)).containsEntry("title", "Prise de parole").containsEntry("language", "fr");

        assertThat(Logins.html(mvc.get()
                        .uri("/trainer/trainings/" + id)
                        .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                        .cookie(trainerSession)
                        .exchange()))
                .as("the writer edits the original, whatever the language of the page")
                .contains("value=\"Public Speaking\"", "value=\"Prise de parole\"", "Parler avec assurance.");

        assertThat(post(
                                "/trainer/trainings/" + id,
                                Map.of(
                                        "title", "Public Speaking",
                                        "originalLanguage", "en",
                                        "translatedTitle", "",
                                        "translatedDescription", "Sans titre",
                                        "status", "DRAFT"))
                        .getResponse()
                        .getContentAsString())
                .as("a translation needs its title")
                .contains("aria-invalid=\"true\"");
        assertThat(translation(id)).containsEntry("title", "Prise de parole");

        post(
                "/trainer/trainings/" + id,
                Map.of("title", "Public Speaking", "originalLanguage", "en", "translatedTitle", "", "status", "DRAFT"));
        assertThat(jdbc.sql("SELECT count(*) FROM training_translations WHERE training_id = ?")
                        .params(id)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(Logins.html(mvc.get()
                        .uri("/trainer/trainings")
                        .cookie(trainerSession)
                        .exchange()))
                .contains("Not yet translated into French");
    }

    @Test
    void theTrainerTranslatesASessionsTitleAndKeepsItsTranslatedDescription() throws Exception {
        int session = data.session(
                translated, "Meetings that decide", java.time.Instant.now().plusSeconds(86_400 * 4), 60);
        jdbc.sql("""
                        INSERT INTO session_translations (session_id, language, title, description)
                        VALUES (?, 'fr', 'Réunions', 'Une description venue de l''API.')""").params(session).update();
        String form = Logins.html(mvc.get()
                .uri("/trainer/sessions/" + session + "/edit")
                .header(HttpHeaders.ACCEPT_LANGUAGE, "fr")
                .cookie(trainerSession)
                .exchange());
        assertThat(form).contains("value=\"Meetings that decide\"", "value=\"R&eacute;unions\"", "lang=\"fr\"");

        String startsAt = jdbc.sql(
                        "SELECT to_char(session_date AT TIME ZONE 'Africa/Douala', 'YYYY-MM-DD\"T\"HH24:MI') FROM sessions WHERE id = ?")
                .params(session)
                .query(String.class)
                .single();
        MvcTestResult saved = post(
                "/trainer/sessions/" + session + "/edit",
                Map.of(
                        "title", "Meetings that decide",
                        "startsAt", startsAt,
                        "durationMinutes", "60",
                        "translatedTitle", "Des réunions qui décident"));
        assertThat(saved.getResponse().getRedirectedUrl()).startsWith("/trainer/trainings/" + translated);
        assertThat(jdbc.sql("SELECT title || ' / ' || description FROM session_translations WHERE session_id = ?")
                        .params(session)
                        .query(String.class)
                        .single())
                .isEqualTo("Des réunions qui décident / Une description venue de l'API.");

        post(
                "/trainer/sessions/" + session + "/edit",
                Map.of(
                        "title",
                        "Meetings that decide",
                        "startsAt",
                        startsAt,
                        "durationMinutes",
                        "60",
                        "translatedTitle",
                        ""));
        assertThat(jdbc.sql("SELECT count(*) FROM session_translations WHERE session_id = ?")
                        .params(session)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private Map<String, Object> translation(int training) {
        return jdbc.sql("SELECT language, title, description FROM training_translations WHERE training_id = ?")
                .params(training)
                .query()
                .singleRow();
    }

    private MvcTestResult post(String path, Map<String, String> fields) {
        var request = mvc.post().uri(path).cookie(trainerSession).with(csrf());
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.param(field.getKey(), field.getValue());
        }
        return request.exchange();
    }

    private String page(String path, String language) {
        return Logins.html(mvc.get()
                .uri(path)
                .header(HttpHeaders.ACCEPT_LANGUAGE, language)
                .exchange());
    }
}
