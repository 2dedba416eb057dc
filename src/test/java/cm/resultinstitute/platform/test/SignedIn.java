package cm.resultinstitute.platform.test;

/** A user signed in through the real {@code POST /api/v1/auth/login}, with the tokens it answered. */
public record SignedIn(int id, String email, String accessToken, String refreshToken) {

    public String bearer() {
        return "Bearer " + accessToken;
    }
}
