package org.carelearn.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * What an admin tells CareLearn on its first run: the public address certificates print and links use.
 * It is kept in the database (table SETTING), so it survives restarts and upgrades; the system property
 * {@code carelearn.public-url} may preset it for an installation configured by files instead. Until one of
 * the two gives it, admins see a warning on every page.
 *
 * <p>The stored address is read once and kept in memory: it is asked for on every launch and certificate.
 * With several servers, each reads it at its start; change it on one and restart the others.
 */
@ApplicationScoped
public class FirstRunSetup {

    public static final String PUBLIC_URL = "carelearn.public-url";

    @PersistenceContext(unitName = "carelearn")
    private EntityManager em;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<SettingChanged> changed;

    /** Null until read; then the stored address, or empty when there is none. */
    private volatile Optional<String> storedPublicUrl;

    /** The address an admin gave in the setup, if any. */
    public Optional<String> storedPublicUrl() {
        Optional<String> known = storedPublicUrl;
        if (known == null) {
            try {
                known = Optional.ofNullable(em.find(StoredSetting.class, PUBLIC_URL)).map(StoredSetting::getValue);
            } catch (PersistenceException schemaNotReadyYet) {
                return Optional.empty(); // asked before the schema migrations ran; read again next time
            }
            storedPublicUrl = known;
        }
        return known;
    }

    /** Whether CareLearn knows its public address: given in the setup, or preset by the system property. */
    public boolean isComplete() {
        return storedPublicUrl().isPresent() || System.getProperty(PUBLIC_URL) != null;
    }

    /**
     * Stores the public address (checked and normalised by {@link PublicAddress}) and announces the change.
     *
     * @return the address as stored
     * @throws org.carelearn.platform.BusinessRuleException when it is not a usable address; nothing changes
     */
    @Transactional
    public String setPublicUrl(Actor actor, String typed) {
        String address = PublicAddress.of(typed);
        StoredSetting row = em.find(StoredSetting.class, PUBLIC_URL);
        String old = row == null ? null : row.getValue();
        if (row == null) {
            em.persist(new StoredSetting(PUBLIC_URL, address, time.now(), actor.username()));
        } else {
            row.change(address, time.now(), actor.username());
        }
        changed.fire(new SettingChanged(actor, PUBLIC_URL, old, address));
        storedPublicUrl = null; // read again, after this transaction, from what it committed
        return address;
    }
}
