package org.carelearn.xapi.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.xapi.domain.LrsAdministered;
import org.carelearn.xapi.domain.forwarding.ExternalLrs;
import org.carelearn.xapi.domain.forwarding.ExternalLrs.ExternalLrsException;
import org.carelearn.xapi.domain.forwarding.Forwarding;
import org.carelearn.xapi.domain.forwarding.ForwardingQueue;
import org.carelearn.xapi.domain.forwarding.ForwardingRepository;

/**
 * An admin's view of forwarding to an external LRS: where to, whether, how far it got, and the means to
 * push it along (the statements it refused for good: {@link HeldStatements}). The secret can be set but is never handed back.
 */
@ApplicationScoped
public class StatementForwarding {

    @Inject
    private Event<LrsAdministered> administered;

    @Inject
    private ForwardingRepository forwardings;

    @Inject
    private ForwardingQueue queue;

    @Inject
    private ForwardingCycle cycle;

    @Inject
    private ForwardingSender sender;

    @Inject
    private ExternalLrs externalLrs;



    /** Forwarding as an admin sees it: settings without the secret, and progress. */
    public record Status(String endpoint, String key, boolean secretStored, boolean enabled, long lastPosition,
            long backlog, Instant lastAttemptAt, Instant lastSuccessAt, Instant nextAttemptAt, String lastError,
            int consecutiveFailures) implements Serializable {
    }

    public Status status() {
        Forwarding f = forwardings.find();
        return new Status(f.getEndpoint(), f.getKey(), f.hasSecret(), f.isEnabled(), f.getLastPosition(),
                queue.countAfter(f.getLastPosition()), f.getLastAttemptAt(), f.getLastSuccessAt(),
                f.getNextAttemptAt(), f.getLastError(), f.getConsecutiveFailures());
    }

    /**
     * Sets the external LRS and whether to forward. A blank secret keeps the stored one. The cursor stays
     * where it is: nothing is sent twice on purpose, and nothing is skipped.
     */
    @Transactional
    public void configure(Actor actor, String endpoint, String key, String secret, boolean enabled) {
        try {
            forwardings.lock().configure(endpoint, key, secret, enabled);
            administered.fire(new LrsAdministered(actor, LrsAdministered.Change.FORWARDING_CONFIGURED,
                    endpoint == null || endpoint.isBlank() ? "(no endpoint)" : endpoint,
                    (enabled ? "enabled" : "disabled") + ", key " + key
                            + (secret == null || secret.isBlank() ? "" : ", new secret")));
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException(e.getMessage());
        }
    }

    /** Lifts any back-off and sends at once, in the background. */
    public void sendNow() {
        cycle.retryNow();
        sender.sendSoon();
    }

    /**
     * Asks the external LRS for its "about" resource with these settings (a blank secret means the stored
     * one), without saving them.
     *
     * @return the xAPI versions the other LRS speaks
     */
    public List<String> testConnection(String endpoint, String key, String secret) {
        Forwarding trial = Forwarding.unconfigured();
        String stored = forwardings.find().secret();
        try {
            trial.configure(endpoint, key, secret == null || secret.isEmpty() ? stored : secret, false);
            if (trial.getEndpoint() == null) {
                throw new IllegalArgumentException("Enter the external LRS's endpoint first");
            }
            return externalLrs.versions(new ExternalLrs.Target(trial.getEndpoint(), trial.getKey(), trial.secret()));
        } catch (IllegalArgumentException | ExternalLrsException e) {
            throw new BusinessRuleException(e.getMessage());
        }
    }
}
