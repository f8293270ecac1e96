package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.xapi.domain.LrsAdministered;
import org.carelearn.xapi.domain.LrsAdministered.Change;
import org.carelearn.xapi.domain.client.LrsClient;
import org.carelearn.xapi.domain.client.LrsClientRepository;

/** Issues, lists, revokes and checks the credentials of systems that use the LRS. */
@ApplicationScoped
public class LrsClients {

    private final SecureRandom random = new SecureRandom();

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
        String homePage = settings.publicUrl() + "/xapi/clients";
        Optional<LrsCredentials> client = clients.findByKey(key).filter(c -> c.accepts(secret))
                .map(c -> LrsCredentials.ofClient(c.getKey(), c.getName(), c.isCanRead(), c.isCanWrite(), homePage));
        if (client.isPresent()) {
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
