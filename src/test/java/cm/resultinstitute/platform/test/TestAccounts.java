package cm.resultinstitute.platform.test;

/** The accounts every test context knows. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@test.resultinstitute.cm";
    public static final String PASSWORD = "Correct-Horse-Battery-9";

    private TestAccounts() {}
}
