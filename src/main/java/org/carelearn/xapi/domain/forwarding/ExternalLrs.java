package org.carelearn.xapi.domain.forwarding;

import java.util.List;
import org.carelearn.xapi.domain.statement.Attachment;

/** Another LRS that CareLearn's LRS sends statements to. */
public interface ExternalLrs {

    /** Where the other LRS is and the credentials it gave CareLearn. */
    record Target(String endpoint, String key, String secret) {

        /** Without the secret, so that logging a target cannot leak it. */
        @Override
        public String toString() {
            return "Target[endpoint=" + endpoint + ", key=" + key + "]";
        }
    }

    /**
     * POSTs statements (a JSON array, sent exactly as given) with the content of their attachments, and
     * returns normally only when the other LRS has accepted all of them.
     *
     * @throws ExternalLrsException when it cannot be reached or refuses
     */
    void send(Target target, String statements, List<Attachment> attachments);

    /**
     * Checks the endpoint and the credentials: the other LRS's "about" resource, then a request that only
     * valid credentials pass (and that reads nothing).
     *
     * @return the xAPI versions it says it speaks
     * @throws ExternalLrsException when it cannot be reached, is no LRS, or refuses the credentials
     */
    List<String> versions(Target target);

    /** Why talking to the other LRS failed, in words fit for the admin page (never with the secret). */
    class ExternalLrsException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        public ExternalLrsException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * The other LRS answered, and refused with an error status. Whether that is for good decides whether
     * forwarding holds the statement back ({@link #isForGood()}) or waits and tries again.
     */
    class Refused extends ExternalLrsException {

        private static final long serialVersionUID = 1L;
        private final int status;

        public Refused(int status, String message, Throwable cause) {
            super(message, cause);
            this.status = status;
        }

        public int status() {
            return status;
        }

        /**
         * A 4xx about what was sent, which sending the same again cannot change (RFC 9110, 15.5: the client's
         * error; xAPI 1.0.3, Part Three, 2.1.2 for the statuses an LRS answers to a POST of statements: 400,
         * 409, 413). Not for good: 408 and 429 (come back later), 401 and 403 (who CareLearn is to the other
         * LRS: the key, the secret or their permissions, the same for every statement) and 404 (where it
         * sends: the endpoint), each fixed in the settings or on the other side while the statements wait,
         * and every 5xx. Holding statements back for those would empty the backlog into the held list.
         */
        public boolean isForGood() {
            return status >= 400 && status < 500 && status != 401 && status != 403 && status != 404 && status != 408
                    && status != 429;
        }
    }
}
