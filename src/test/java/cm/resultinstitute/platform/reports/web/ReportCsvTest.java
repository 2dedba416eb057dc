package cm.resultinstitute.platform.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportCsvTest {

    @Test
    void plainTextIsWrittenAsItIs() {
        assertThat(CsvWriter.field("Leadership Training")).isEqualTo("Leadership Training");
    }

    @Test
    void aFieldWithACommaIsQuoted() {
        assertThat(CsvWriter.field("Douala, Cameroon")).isEqualTo("\"Douala, Cameroon\"");
    }

    @Test
    void quotesAreDoubledInsideQuotes() {
        assertThat(CsvWriter.field("Say \"hello\"")).isEqualTo("\"Say \"\"hello\"\"\"");
    }

    @Test
    void lineBreaksAreKeptInsideQuotes() {
        assertThat(CsvWriter.field("line one\nline two")).isEqualTo("\"line one\nline two\"");
        assertThat(CsvWriter.field("line one\r\nline two")).isEqualTo("\"line one\r\nline two\"");
    }

    @Test
    void accentsStayAsTheyAre() {
        assertThat(CsvWriter.field("Développement personnel")).isEqualTo("Développement personnel");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1:A2)", "+33 6 12", "-2+3", "@cmd", "\tTabbed"})
    void textThatASpreadsheetWouldRunAsAFormulaGetsAnApostrophe(String text) {
        assertThat(CsvWriter.field(text)).isEqualTo("'" + text);
    }

    @Test
    void aFormulaWithACommaIsNeutralisedThenQuoted() {
        assertThat(CsvWriter.field("=HYPERLINK(\"http://x\",\"y\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    }

    @Test
    void aCarriageReturnAtTheStartIsNeutralisedAndQuoted() {
        assertThat(CsvWriter.field("\r=1")).isEqualTo("\"'\r=1\"");
    }

    @Test
    void numbersAreWrittenAsNumbersEvenWhenNegative() {
        assertThat(CsvWriter.field(-5)).isEqualTo("-5");
        assertThat(CsvWriter.field(42L)).isEqualTo("42");
        assertThat(CsvWriter.field(new BigDecimal("66.67"))).isEqualTo("66.67");
        assertThat(CsvWriter.field(new BigDecimal("1E+2"))).isEqualTo("100");
    }

    @Test
    void datesAndInstantsAreWrittenInIso8601() {
        assertThat(CsvWriter.field(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
        assertThat(CsvWriter.field(Instant.parse("2026-03-01T08:00:00Z"))).isEqualTo("2026-03-01T08:00:00Z");
    }

    @Test
    void missingValuesAreEmptyFields() {
        assertThat(CsvWriter.field(null)).isEmpty();
        assertThat(CsvWriter.field("")).isEmpty();
    }

    @Test
    void recordsAreSeparatedByCommasAndEndedByCrLf() {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(List.of("id", "title"));
        csv.row(Arrays.asList(1, null));
        csv.row(List.of(2, "a,b"));
        assertThat(out).hasToString("id,title\r\n1,\r\n2,\"a,b\"\r\n");
    }
}
