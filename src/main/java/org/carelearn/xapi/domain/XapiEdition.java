package org.carelearn.xapi.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.document.DocumentKind;
import org.carelearn.xapi.domain.format.IsoTimestamp;

/**
 * The two editions of xAPI this LRS speaks, and everything that differs between them, in one place.
 *
 * <p>A request's {@code X-Experience-API-Version} header chooses the edition ("1.0", "1.0.x": 1.0.3; "2.0",
 * "2.0.x": 2.0.0); both are served from the same store. What the editions do differently:
 *
 * <ul>
 *   <li><b>Version header</b> of every response: {@link #header()}.</li>
 *   <li><b>Statement {@code version}</b>: 1.0.3 accepts 1.0.x; 2.0.0 accepts 1.0.x and 2.0.x
 *       ({@link #acceptsStatementVersion}); a statement without one is stored with {@link #assignedVersion()}.
 *       Either way a statement keeps the version it was accepted with.</li>
 *   <li><b>Context agents and groups</b>: {@code context.contextAgents} and {@code context.contextGroups}
 *       exist only in 2.0.0 ({@link #hasContextAgents()}); a 1.0.3 request that sends them is refused.</li>
 *   <li><b>Timestamps</b>: 2.0.0 stores a statement's {@code timestamp} converted to UTC (the same instant, the
 *       precision kept); 1.0.3 keeps it as sent ({@link #storedTimestamp}). Both take the same forms, read a
 *       timestamp without an offset as UTC, and compare timestamps as instants.</li>
 *   <li><b>Replacing a document blindly</b>: a PUT without If-Match or If-None-Match may not replace an existing
 *       profile in either edition (409), and in 2.0.0 not an existing state document either
 *       ({@link #guardsReplacement}).</li>
 *   <li><b>Alternate request syntax</b> ({@code ?method=}): in 1.0.3, removed from 2.0.0
 *       ({@link #hasAlternateRequestSyntax()}).</li>
 *   <li><b>Reading across editions</b> ({@link #present}): 2.0.0 returns every statement as stored (a 1.0.x
 *       statement is a valid 2.0.0 statement). 1.0.3 gets a statement stored under 2.0.0 as a 1.0.3 client can
 *       read it: without contextAgents and contextGroups, and with version 1.0.0. Forwarding sends statements
 *       this way too, since its client (jxapi) speaks 1.0.3.</li>
 * </ul>
 *
 * <p>Sources: xAPI 1.0.3 (github.com/adlnet/xAPI-Spec, branch 1.0.3) and IEEE 9274.1.1-2023 as ADL's LRS
 * conformance suite (adlnet/lrs-conformance-test-suite, test/v2_0) reads it: its version, timestamp,
 * contextagents and contextgroups configurations and its "Alternate request syntax was removed" tests.
 */
public enum XapiEdition {

    XAPI_1_0_3("1.0.3", "1.0.0", "1\\.0(\\.\\d+)?", "1\\.0(\\.\\d+)?", false),
    XAPI_2_0_0("2.0.0", "2.0.0", "2\\.0(\\.\\d+)?", "[12]\\.0(\\.\\d+)?", true);

    /** The edition of a response to a request that names none (such a request is refused): the newest. */
    public static final XapiEdition LATEST = XAPI_2_0_0;

    private final String header;
    private final String assignedVersion;
    private final Pattern requested;
    private final Pattern statementVersions;
    private final boolean twoPointZero;

    XapiEdition(String header, String assignedVersion, String requested, String statementVersions,
            boolean twoPointZero) {
        this.header = header;
        this.assignedVersion = assignedVersion;
        this.requested = Pattern.compile(requested);
        this.statementVersions = Pattern.compile(statementVersions);
        this.twoPointZero = twoPointZero;
    }

    /** The edition an {@code X-Experience-API-Version} header names, or empty when it names none we speak. */
    public static Optional<XapiEdition> ofHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String version = value.strip();
        for (XapiEdition edition : values()) {
            if (edition.requested.matcher(version).matches()) {
                return Optional.of(edition);
            }
        }
        return Optional.empty();
    }

    /** What /about lists: every version this LRS speaks, newest first. */
    public static List<String> aboutVersions() {
        return List.of("2.0.0", "1.0.3", "1.0.2", "1.0.1", "1.0.0");
    }

    /** The version every response of this edition names in {@code X-Experience-API-Version}. */
    public String header() {
        return header;
    }

    /** The {@code version} the LRS gives a statement that arrives without one. */
    public String assignedVersion() {
        return assignedVersion;
    }

    public boolean acceptsStatementVersion(String version) {
        return statementVersions.matcher(version).matches();
    }

    /** Words for a refused statement version. */
    public String statementVersionRule() {
        return twoPointZero ? "must be a 1.0.x or 2.0.x version" : "must be a 1.0.x version (2.0.x needs a 2.0.0 request)";
    }

    public boolean hasContextAgents() {
        return twoPointZero;
    }

    /**
     * The {@code timestamp} as this edition stores it: in 2.0.0 converted to UTC (IEEE 9274.1.1, 4.2.7, as the
     * suite's "checks if the LRS converts timestamps to UTC" reads it), in 1.0.3 as sent (Part Two, 4.5 lets
     * the LRS keep the sender's offset).
     *
     * @param sent a timestamp the validator accepted
     */
    public String storedTimestamp(String sent) {
        if (!twoPointZero) {
            return sent;
        }
        return IsoTimestamp.parse(sent).map(t -> DateTimeFormatter.ISO_INSTANT.format(t.toInstant())).orElse(sent);
    }

    /**
     * Whether a PUT without If-Match or If-None-Match is refused (409) when a document of this kind exists.
     * 1.0.3 guards the shared profiles only (Part Three, 3.1); 2.0.0 names the State resource among the ones
     * whose writes use ETags for concurrency control (IEEE 9274.1.1, 4.1.4; the suite's "Activity State"
     * concurrency tests).
     */
    public boolean guardsReplacement(DocumentKind kind) {
        return twoPointZero || kind.preconditionRequired();
    }

    public boolean hasAlternateRequestSyntax() {
        return !twoPointZero;
    }

    /** The stored statement as this edition returns it (see the class comment). */
    public JsonObject present(JsonObject stored) {
        if (twoPointZero) {
            return stored;
        }
        JsonObject readable = withoutContextAgents(stored);
        return readable.getString("version", "").startsWith("2.")
                ? Jsons.createObjectBuilder(readable).add("version", assignedVersion).build() : readable;
    }

    /**
     * Whether {@link #present} returns this stored statement unchanged, decided on its text without parsing it,
     * so that a query's page can be sent as stored. The text is the LRS's own (compact JSON, keys written as they
     * are), so a statement that has context agents or groups, or a version 2.x, has one of the three members
     * looked for here, written exactly so. The check errs one way only: a statement that merely mentions one of
     * them (say, in an extension) is parsed and presented like any other, and returned the same.
     */
    public boolean presentsAsStored(String storedText) {
        return twoPointZero || !(storedText.contains("\"contextAgents\"") || storedText.contains("\"contextGroups\"")
                || storedText.contains("\"version\":\"2."));
    }

    /** The statement without 2.0.0's context agents and groups; the same object when it has none. */
    private static JsonObject withoutContextAgents(JsonObject statement) {
        JsonObjectBuilder out = null;
        if (statement.get("context") instanceof JsonObject context
                && (context.containsKey("contextAgents") || context.containsKey("contextGroups"))) {
            out = Jsons.createObjectBuilder(statement).add("context",
                    Jsons.createObjectBuilder(context).remove("contextAgents").remove("contextGroups"));
        }
        if (statement.get("object") instanceof JsonObject object
                && "SubStatement".equals(object.getString("objectType", ""))) {
            JsonObject sub = withoutContextAgents(object);
            if (sub != object) {
                out = (out == null ? Jsons.createObjectBuilder(statement) : out).add("object", sub);
            }
        }
        return out == null ? statement : out.build();
    }
}
