package cm.resultinstitute.platform.shared.csv;

/** What makes a file or one of its cells unusable: its line, its column ({@code null} for the whole line or file). */
public class CsvProblem extends RuntimeException {

    private final int line;
    private final String column;
    private final String messageCode;
    private final transient Object[] arguments;

    public CsvProblem(int line, String column, String messageCode, Object... arguments) {
        super(messageCode + " at line " + line);
        this.line = line;
        this.column = column;
        this.messageCode = messageCode;
        this.arguments = arguments;
    }

    public int line() {
        return line;
    }

    public String column() {
        return column;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] arguments() {
        return arguments;
    }
}
