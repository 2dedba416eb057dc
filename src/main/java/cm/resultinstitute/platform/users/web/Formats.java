package cm.resultinstitute.platform.users.web;

/** The shapes of the account fields, shared by the API and the pages. */
final class Formats {

    static final String PHONE = "^$|^\\+?[0-9 ().-]{6,20}$";
    static final String URL = "^$|^https?://\\S+$";
    static final String LANGUAGE = "^(en|fr)$";

    private Formats() {}
}
