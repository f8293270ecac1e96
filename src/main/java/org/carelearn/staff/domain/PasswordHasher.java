package org.carelearn.staff.domain;

/** Turns passwords into the slow salted hashes the realm checks, and checks a password against one. */
public interface PasswordHasher {

    /** A new hash with a fresh salt; the same password never hashes the same twice. */
    String hash(char[] password);

    boolean matches(char[] password, String hash);
}
