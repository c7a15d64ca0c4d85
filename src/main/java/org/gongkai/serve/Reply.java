package org.gongkai.serve;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** An answer to one request, complete before anything is sent, so that a failed read can still be retried. */
record Reply(int status, String type, byte[] body, Optional<String> location) {

    static final String HTML = "text/html; charset=utf-8";

    static Reply of(int status, String type, byte[] body) {
        return new Reply(status, type, body, Optional.empty());
    }

    static Reply text(int status, String message) {
        return of(status, "text/plain; charset=utf-8", (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static Reply redirect(String location) {
        return new Reply(302, "text/plain; charset=utf-8", new byte[0], Optional.of(location));
    }

    boolean isHtml() {
        return type.equals(HTML);
    }

    Reply withBody(byte[] newBody) {
        return new Reply(status, type, newBody, location);
    }
}
