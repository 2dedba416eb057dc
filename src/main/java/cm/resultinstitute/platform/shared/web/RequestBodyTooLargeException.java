package cm.resultinstitute.platform.shared.web;

import java.io.IOException;

/** Raised while reading a request body that grows past the limit without announcing its length. */
class RequestBodyTooLargeException extends IOException {

    RequestBodyTooLargeException(long limit) {
        super("Request body larger than " + limit + " bytes");
    }
}
