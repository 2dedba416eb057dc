package cm.resultinstitute.platform.test;

/** The accounts every test context knows. */
public final class TestAccounts {

    public static final String ADMIN_EMAIL = "admin@test.resultinstitute.cm";
    public static final String PASSWORD = "Correct-Horse-Battery-9";
    /** The key test contexts sign access tokens with (tests forge tokens with other keys). */
    public static final String JWT_SECRET = "test-only-signing-key-0123456789-abcdefghijklmnopqrstuvwxyz";

    private TestAccounts() {}
}
