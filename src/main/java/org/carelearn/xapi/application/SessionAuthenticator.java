package org.carelearn.xapi.application;

import java.util.Optional;

/**
 * Recognises credentials handed out for one launch session (cmi5's auth-token is HTTP Basic credentials
 * that live as long as the session). Implemented outside the LRS; the LRS asks every implementation when
 * the key is not one of its clients'.
 */
public interface SessionAuthenticator {

    /** The session these credentials belong to, if they are current; empty for anything else. */
    Optional<SessionScope> authenticate(String key, String secret);

    /**
     * Whether a key has the shape of this authenticator's credentials, good or not: a refused session
     * token is answered without a Basic challenge, so that the browser running the AU hands the 401 to
     * the AU instead of asking the learner for a password.
     */
    boolean recognises(String key);
}
