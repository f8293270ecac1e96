package org.carelearn.catalog.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An assignable unit (cmi5 §13.1.4), as imported: every text trimmed, defaults applied.
 *
 * @param url relative to the package root, or absolute http(s), with its own query string if it has one
 * @param masteryScore between 0 and 1, or {@code null} when the AU has none
 * @param launchParameters static launch parameters, or {@code null}
 * @param entitlementKey or {@code null}
 * @param activityType an IRI, or {@code null}
 */
public record Au(String id, String title, String description, String url, LaunchMethod launchMethod, MoveOn moveOn,
        BigDecimal masteryScore, String launchParameters, String entitlementKey, String activityType)
        implements StructureNode {

    public Au {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(launchMethod, "launchMethod");
        Objects.requireNonNull(moveOn, "moveOn");
    }

    /** Whether the url points outside the package (fully qualified) rather than to one of its files. */
    public boolean isAbsoluteUrl() {
        return AuUrl.isAbsolute(url);
    }

    // JavaBean getters beside the record accessors: Jakarta EL 5 (EE 10) does not read record components.

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getUrl() {
        return url;
    }

    public LaunchMethod getLaunchMethod() {
        return launchMethod;
    }

    public MoveOn getMoveOn() {
        return moveOn;
    }

    public BigDecimal getMasteryScore() {
        return masteryScore;
    }
}
