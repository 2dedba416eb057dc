package cm.resultinstitute.platform.auth;

/** A fresh access token and the refresh token that replaces it when it expires. */
record TokenPair(String accessToken, String refreshToken, long expiresIn) {

    @Override
    public String toString() {
        return "TokenPair[expiresIn=" + expiresIn + "]";
    }
}
