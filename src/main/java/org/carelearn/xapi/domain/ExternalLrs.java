package org.carelearn.xapi.domain;

import java.util.List;

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
}
