package org.carelearn.xapi.application;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.LrsException.Kind;
import org.carelearn.xapi.domain.XapiEdition;
import org.carelearn.xapi.domain.statement.Attachment;
import org.carelearn.xapi.domain.statement.StoredStatement;
import org.carelearn.xapi.domain.validation.StatementValidationException;
import org.carelearn.xapi.domain.validation.StatementValidator;

/**
 * A write as a client sent it, checked for everything that needs no database: each statement valid in the
 * request's edition, each with its id (given by the client, the PUT's statementId or the LRS), no id twice, the
 * attachment content the statements declare. What is left (ids already used, a session's rules, positions) is
 * {@link StatementWriter}'s, in the storing transaction.
 *
 * @param withIds the statements with their ids, in the order sent
 * @param asSent the statements as the client sent them (with an id only if it gave one), for a session's rules
 * @param completed the statements as the LRS will store them but for their stored time, worked out here, before
 *     the write waits for the position lock or joins a group
 */
record Submission(List<JsonObject> withIds, List<JsonObject> asSent, List<Completed> completed,
        Map<String, Attachment> parts, LrsCredentials credentials, XapiEdition edition) {

    private static final Map<XapiEdition, StatementValidator> VALIDATORS = Map.of(
            XapiEdition.XAPI_1_0_3, new StatementValidator(XapiEdition.XAPI_1_0_3),
            XapiEdition.XAPI_2_0_0, new StatementValidator(XapiEdition.XAPI_2_0_0));

    /**
     * @param idFromPath the statementId of a PUT, which the statement must carry or will be given
     * @throws LrsException (400) for what breaks the rules
     */
    static Submission of(List<JsonObject> batch, Map<String, Attachment> parts, LrsCredentials credentials,
            String idFromPath, XapiEdition edition) {
        if (batch.isEmpty()) {
            throw new LrsException(Kind.BAD_REQUEST, "The request holds no statement");
        }
        List<JsonObject> withIds = new ArrayList<>(batch.size());
        List<JsonObject> asSent = new ArrayList<>(batch.size());
        List<Completed> completed = new ArrayList<>(batch.size());
        Set<String> seen = new LinkedHashSet<>();
        for (JsonObject statement : batch) {
            validate(statement, edition);
            JsonObject identified = withId(statement, idFromPath);
            if (!seen.add(identified.getString("id"))) {
                throw new LrsException(Kind.BAD_REQUEST, "The batch holds statement id " + identified.getString("id")
                        + " twice");
            }
            withIds.add(identified);
            completed.add(Completed.of(identified, credentials, edition));
            asSent.add(statement.containsKey("id") || idFromPath == null ? statement : identified);
        }
        AttachmentParts.check(withIds, parts);
        return new Submission(List.copyOf(withIds), List.copyOf(asSent), List.copyOf(completed), Map.copyOf(parts),
                credentials, edition);
    }

    /** The statements' ids, in the order sent. */
    Set<String> ids() {
        Set<String> ids = new LinkedHashSet<>();
        withIds.forEach(s -> ids.add(s.getString("id")));
        return ids;
    }

    /** Whether a statement of it voids another (which needs the voided statement's row). */
    boolean voids() {
        return withIds.stream().anyMatch(s -> s.get("verb") instanceof JsonObject verb
                && StoredStatement.VOIDED_VERB.equals(verb.getString("id", "")));
    }

    int size() {
        return withIds.size();
    }

    private static void validate(JsonObject statement, XapiEdition edition) {
        try {
            VALIDATORS.get(edition).validate(statement);
        } catch (StatementValidationException e) {
            throw new LrsException(Kind.BAD_REQUEST, e.getMessage());
        }
    }

    private static JsonObject withId(JsonObject statement, String idFromPath) {
        String own = statement.containsKey("id") ? statement.getString("id").toLowerCase(Locale.ROOT) : null;
        if (idFromPath != null) {
            String path = idFromPath.toLowerCase(Locale.ROOT);
            if (own != null && !own.equals(path)) {
                throw new LrsException(Kind.BAD_REQUEST, "statementId " + idFromPath + " differs from the statement's id "
                        + own);
            }
            own = path;
        }
        String id = own == null ? UUID.randomUUID().toString() : own;
        return Jsons.createObjectBuilder(statement).add("id", id).build();
    }
}
