package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.persistence.AfterCommit;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.domain.LrsAdministered;
import org.carelearn.xapi.domain.LrsAdministered.Change;
import org.carelearn.xapi.domain.client.LrsClient;
import org.carelearn.xapi.domain.client.LrsClientRepository;

/** Issues, lists, revokes and checks the credentials of systems that use the LRS. */
@ApplicationScoped
public class LrsClients {

    /**
     * How long a verified client's credentials are taken without asking the database again. A revocation on this
     * server applies at once ({@link #deactivate}); on another server of a cluster within this time.
     */
    static final Duration REMEMBERED = Duration.ofSeconds(5);

    private final SecureRandom random = new SecureRandom();

    /**
     * Credentials verified lately, by the SHA-256 of key and secret together: every LRS request authenticates, and
     * a client posting statements one by one would otherwise cost a database query for each. Only credentials that
     * were accepted are kept, and never a secret itself.
     */
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** Credentials accepted for a client, until a moment of the monotonic clock. */
    private record Verified(String key, LrsCredentials credentials, long untilNanos) {
    }

    @Inject
    private LrsClientRepository clients;

    @Inject
    private HospitalTime time;

    @Inject
    private Settings settings;

    @Inject
    private Event<LrsAdministered> administered;

    @Inject
    private Instance<SessionAuthenticator> sessionAuthenticators;

    @Inject
    private AfterCommit afterCommit;

    /** A new client and its secret, which is shown once and never again. */
    public record Issued(LrsClient client, String secret) {
    }

    @Transactional
    public Issued create(Actor actor, String name, boolean canRead, boolean canWrite) {
        if (name == null || name.isBlank() || name.strip().length() > 120) {
            throw new BusinessRuleException("A client needs a name of at most 120 characters");
        }
        if (!canRead && !canWrite) {
            throw new BusinessRuleException("A client must be allowed to read, write or both");
        }
        String key = randomText(15);
        String secret = randomText(32);
        LrsClient client = new LrsClient(key, name.strip(), secret, canRead, canWrite, time.now());
        clients.add(client);
        administered.fire(new LrsAdministered(actor, Change.CLIENT_CREATED, key, scope(client)));
        return new Issued(client, secret);
    }

    /** For the demo data and tests: a client with chosen credentials. */
    @Transactional
    public LrsClient createWith(String key, String secret, String name, boolean canRead, boolean canWrite) {
        if (clients.findByKey(key).isPresent()) {
            throw new BusinessRuleException("Client key " + key + " is already in use");
        }
        LrsClient client = new LrsClient(key, name, secret, canRead, canWrite, time.now());
        clients.add(client);
        administered.fire(new LrsAdministered(Actor.system(), Change.CLIENT_CREATED, key, scope(client)));
        return client;
    }

    public List<LrsClient> all() {
        return clients.findAll();
    }

    @Transactional
    public void deactivate(Actor actor, String key) {
        LrsClient client = clients.findByKey(key).orElseThrow(() -> new NotFoundException("No LRS client " + key));
        if (client.isActive()) {
            client.deactivate();
            // now, and again once committed: a request between the two still reads the client as active
            forget(key);
            afterCommit.gather(Verified.class, key, revoked -> revoked.forEach(this::forget));
            administered.fire(new LrsAdministered(actor, Change.CLIENT_REVOKED, key, client.getName()));
        }
    }

    private static String scope(LrsClient client) {
        return client.getName() + ": " + (client.isCanRead() ? "read" : "") + (client.isCanRead() && client.isCanWrite()
                ? " and " : "") + (client.isCanWrite() ? "write" : "");
    }

    /**
     * The credentials of an LRS client or, failing that, of a launch session that one of the
     * {@link SessionAuthenticator}s recognises.
     */
    public Optional<LrsCredentials> authenticate(String key, String secret) {
        String pair = pairHash(key, secret);
        Verified known = verified.get(pair);
        long now = System.nanoTime();
        if (known != null && now - known.untilNanos() < 0) {
            return Optional.of(known.credentials());
        }
        String homePage = settings.publicUrl() + "/xapi/clients";
        Optional<LrsCredentials> client = clients.findByKey(key).filter(c -> c.accepts(secret))
                .map(c -> LrsCredentials.ofClient(c.getKey(), c.getName(), c.isCanRead(), c.isCanWrite(), homePage));
        if (client.isPresent()) {
            remember(pair, new Verified(key, client.get(), now + REMEMBERED.toNanos()));
            return client;
        }
        for (SessionAuthenticator authenticator : sessionAuthenticators) {
            Optional<SessionScope> session = authenticator.authenticate(key, secret);
            if (session.isPresent()) {
                return Optional.of(LrsCredentials.ofSession(session.get(), homePage));
            }
        }
        return Optional.empty();
    }

    private void forget(String key) {
        verified.values().removeIf(v -> v.key().equals(key));
    }

    private void remember(String pair, Verified credentials) {
        if (verified.size() > 1_000) {
            long now = System.nanoTime();
            verified.values().removeIf(v -> now - v.untilNanos() >= 0);
        }
        verified.put(pair, credentials);
    }

    private static String pairHash(String key, String secret) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
            // the key's length first, so that no other split of the same text into key and secret hashes alike
            sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(keyBytes.length).array());
            sha256.update(keyBytes);
            return HexFormat.of().formatHex(sha256.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a key looks like a launch session's (see {@link SessionAuthenticator#recognises}). */
    public boolean isSessionKey(String key) {
        for (SessionAuthenticator authenticator : sessionAuthenticators) {
            if (authenticator.recognises(key)) {
                return true;
            }
        }
        return false;
    }

    private String randomText(int bytes) {
        byte[] value = new byte[bytes];
        random.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }
}
