package cm.resultinstitute.platform.shared.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded CSV file read as spreadsheets write it: UTF-8 with or without a byte order mark, commas or semicolons
 * (French locales write semicolons), quoted fields, a header row naming the columns in any order and case. What
 * cannot be read is a {@link CsvProblem} at line 1 or at the line that fails.
 */
public final class CsvFile {

    public static final int MAX_ROWS = 5_000;
    public static final int MAX_BYTES = 1024 * 1024;

    private final List<Row> rows;

    private CsvFile(List<Row> rows) {
        this.rows = rows;
    }

    /** One data row: its line (the header is line 1) and its values by lower-case column name. */
    public record Row(int line, Map<String, String> values) {

        /** The value of the column, trimmed; {@code null} when the column is absent or the cell empty. */
        public String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads the file; {@code required} columns must all be in its header. */
    public static CsvFile read(byte[] bytes, List<String> required) {
        if (bytes.length > MAX_BYTES) {
            throw new CsvProblem(1, null, "csv.tooLarge");
        }
        String text = utf8(bytes);
        if (text.isBlank()) {
            throw new CsvProblem(1, null, "csv.empty");
        }
        char separator = separator(text);
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(separator)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .setAllowDuplicateHeaderNames(false)
                .get();
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> columns =
                    parser.getHeaderNames().stream().map(CsvFile::column).toList();
            for (String column : required) {
                if (!columns.contains(column)) {
                    throw new CsvProblem(1, column, "csv.missingColumn", column);
                }
            }
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    throw new CsvProblem((int) record.getRecordNumber() + 1, null, "csv.tooManyRows", MAX_ROWS);
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < record.size() && i < columns.size(); i++) {
                    if (record.get(i).indexOf('\0') >= 0) {
                        // PostgreSQL stores no NUL in text: a spreadsheet never writes one, a damaged file may.
                        throw new CsvProblem((int) record.getRecordNumber() + 1, columns.get(i), "csv.nul");
                    }
                    values.putIfAbsent(columns.get(i), record.get(i));
                }
                rows.add(new Row((int) record.getRecordNumber() + 1, values));
            }
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a duplicate or missing header name this way.
            throw new CsvProblem(1, null, "csv.header");
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new CsvProblem(rows.size() + 2, null, "csv.unreadable");
        }
        if (rows.isEmpty()) {
            throw new CsvProblem(1, null, "csv.empty");
        }
        return new CsvFile(rows);
    }

    private static String utf8(byte[] bytes) {
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new CsvProblem(1, null, "csv.notUtf8");
        }
    }

    /** The separator of the header line: a semicolon when it has more of them than commas. */
    private static char separator(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** "First name", "first-name" and "FIRST_NAME" are the same column. */
    private static String column(String header) {
        return header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
    }
}
