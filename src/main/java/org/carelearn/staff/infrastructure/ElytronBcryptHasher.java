package org.carelearn.staff.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import org.carelearn.staff.domain.PasswordHasher;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import org.wildfly.security.password.util.ModularCrypt;

/**
 * bcrypt through WildFly Elytron's own password implementation, written as the modular-crypt string
 * ({@code $2a$12$...}) that the realm's modular-crypt-mapper reads. Using Elytron on both sides means the
 * realm can never disagree with how CareLearn hashed a password.
 */
@ApplicationScoped
public class ElytronBcryptHasher implements PasswordHasher {

    /**
     * bcrypt cost (2^12 rounds, about a quarter of a second on the hospital's servers): slow enough to make
     * guessing a stolen hash expensive, fast enough for a sign-in.
     */
    static final int COST = 12;

    private final SecureRandom random = new SecureRandom();
    private final PasswordFactory factory;

    public ElytronBcryptHasher() {
        try {
            factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("bcrypt is not available from Elytron", e);
        }
    }

    @Override
    public String hash(char[] password) {
        byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
        random.nextBytes(salt);
        try {
            Password hashed = factory.generatePassword(
                    new EncryptablePasswordSpec(password, new IteratedSaltedPasswordAlgorithmSpec(COST, salt)));
            return ModularCrypt.encodeAsString(hashed);
        } catch (InvalidKeySpecException e) {
            throw new IllegalStateException("Cannot hash a password", e);
        }
    }

    @Override
    public boolean matches(char[] password, String hash) {
        if (hash == null || password == null) {
            return false;
        }
        try {
            return factory.verify(factory.translate(ModularCrypt.decode(hash)), password);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
