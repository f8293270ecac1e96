package org.carelearn.xapi.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * The edition each LRS client named last, so that a request of the same client without
 * {@code X-Experience-API-Version} is refused in the client's own edition: both editions ask the refusal's
 * version header to name the edition (1.0.3, Part Three, 3.3; IEEE 9274.1.1, 4.1.3), and a request that names
 * none cannot say which. A client never seen gets {@link XapiEdition#LATEST}.
 *
 * <p>Kept in memory per server: it only chooses the header of a refusal, so a restart or another node that has
 * not seen the client yet answers with the newest edition, which is as correct.
 */
@ApplicationScoped
public class ClientEditions {

    /** Far above the number of LRS clients (launch sessions share one authority); a guard, not a cache size. */
    private static final int MAX_CLIENTS = 10_000;

    private final Map<String, XapiEdition> lastNamed = new ConcurrentHashMap<>();

    void named(LrsCredentials credentials, XapiEdition edition) {
        if (lastNamed.size() >= MAX_CLIENTS) {
            lastNamed.clear();
        }
        lastNamed.put(credentials.authority().toString(), edition);
    }

    XapiEdition lastNamedBy(LrsCredentials credentials) {
        return Optional.ofNullable(credentials).map(c -> lastNamed.get(c.authority().toString()))
                .orElse(XapiEdition.LATEST);
    }
}
