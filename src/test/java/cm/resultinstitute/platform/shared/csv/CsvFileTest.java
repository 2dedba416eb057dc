package cm.resultinstitute.platform.shared.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files as spreadsheets write them, and the ones that cannot be read, each with the line that says why. */
class CsvFileTest {

    static final List<String> REQUIRED = List.of("email", "first_name");

    @Test
    void commasWithAHeaderInAnyCaseAndOrder() {
        CsvFile file = read("First Name,EMAIL,phone\nAwa,awa@example.com,\nPaul,paul@example.com,+237 6 99\n");

        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).line()).isEqualTo(2);
        assertThat(file.rows().get(0).get("email")).isEqualTo("awa@example.com");
        assertThat(file.rows().get(0).get("first_name")).isEqualTo("Awa");
        assertThat(file.rows().get(0).get("phone")).as("an empty cell").isNull();
        assertThat(file.rows().get(1).get("phone")).isEqualTo("+237 6 99");
    }

    @Test
    void semicolonsAsFrenchSpreadsheetsWriteThemWithAByteOrderMarkAndQuotes() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = "email;first_name;notes\n\"aicha@example.com\";\"Aïcha\";\"En retard; bus, pluie\"\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(text, 0, bytes, bom.length, text.length);

        CsvFile file = CsvFile.read(bytes, REQUIRED);

        assertThat(file.rows()).singleElement().satisfies(row -> {
            assertThat(row.get("email")).isEqualTo("aicha@example.com");
            assertThat(row.get("first_name")).isEqualTo("Aïcha");
            assertThat(row.get("notes")).isEqualTo("En retard; bus, pluie");
        });
    }

    @Test
    void emptyLinesAndWindowsLineEndsAreFine() {
        CsvFile file = read("email,first_name\r\nawa@example.com,Awa\r\n\r\npaul@example.com,Paul\r\n");

        assertThat(file.rows())
                .extracting(row -> row.get("email"))
                .containsExactly("awa@example.com", "paul@example.com");
    }

    @Test
    void whatCannotBeReadSaysWhereAndWhy() {
        assertProblem("email,last_name\nawa@example.com,Diallo\n", 1, "first_name", "csv.missingColumn");
        assertProblem("email,first_name\n", 1, null, "csv.empty");
        assertProblem("", 1, null, "csv.empty");
        assertProblem("email,first_name,email\nawa@example.com,Awa,x\n", 1, null, "csv.header");
        assertProblem("email,first_name\nawa@example.com,\"Awa\n", 2, null, "csv.unreadable");
        assertThatThrownBy(() -> CsvFile.read(
                        new byte[] {'e', 'm', 'a', 'i', 'l', '\n', (byte) 0xE9, 't', 'e', '\n'}, List.of("email")))
                .isInstanceOfSatisfying(CsvProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("csv.notUtf8"));
        assertProblem("email,first_name\nawa@example.com,Awa\nbob@example.com,B\0b\n", 3, "first_name", "csv.nul");
        assertThatThrownBy(() -> CsvFile.read(
                        new byte[] {'e', 'm', 'a', 'i', 'l', '\n', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'},
                        List.of("email")))
                .as("half of a surrogate pair, as some encoders write it")
                .isInstanceOfSatisfying(CsvProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("csv.notUtf8"));
    }

    @Test
    void atMost5000Rows() {
        StringBuilder rows = new StringBuilder("email,first_name\n");
        for (int i = 0; i < CsvFile.MAX_ROWS; i++) {
            rows.append("p").append(i).append("@example.com,P\n");
        }
        assertThat(read(rows.toString()).rows()).hasSize(CsvFile.MAX_ROWS);

        rows.append("one.more@example.com,P\n");
        assertProblem(rows.toString(), CsvFile.MAX_ROWS + 2, null, "csv.tooManyRows");
    }

    @Test
    void atMostOneMebibyte() {
        assertThatThrownBy(() -> CsvFile.read(new byte[CsvFile.MAX_BYTES + 1], REQUIRED))
                .isInstanceOfSatisfying(CsvProblem.class, problem -> assertThat(problem.messageCode())
                        .isEqualTo("csv.tooLarge"));
    }

    private static CsvFile read(String text) {
        return CsvFile.read(text.getBytes(StandardCharsets.UTF_8), REQUIRED);
    }

    private static void assertProblem(String text, int line, String column, String code) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(CsvProblem.class, problem -> {
            assertThat(problem.messageCode()).as(text).isEqualTo(code);
            assertThat(problem.line()).as(text).isEqualTo(line);
            assertThat(problem.column()).as(text).isEqualTo(column);
        });
    }
}
