package org.carelearn.learning.domain;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Builds AU statements the way a cmi5 AU sends them, for the learning domain's tests. */
final class Cmi5Statements {

    static final String SESSION = "7b1f9a52-44c1-4f7e-9d0e-3a3c5e1d2f10";
    static final String REGISTRATION = "e1a3c1f2-8d6b-4b8a-9f3e-2c1d0b9a8e7f";
    static final String AU_IRI = "https://carelearn.example/courses/demo/au/lesson";
    static final String ACTIVITY = "https://lms.test/au/1";

    private final JsonObjectBuilder statement = Json.createObjectBuilder();
    private final JsonObjectBuilder result = Json.createObjectBuilder();
    private boolean hasResult;
    private boolean cmi5 = true;
    private boolean moveOn;
    private String session = SESSION;
    private String object = ACTIVITY;
    private String grouping = AU_IRI;
    private String timestamp = "2026-11-28T10:00:00Z";
    private BigDecimal masteryScore;
    private String actorType;
    private boolean withId = true;

    private Cmi5Statements(String verb) {
        statement.add("id", UUID.randomUUID().toString()).add("verb", Json.createObjectBuilder().add("id", verb));
    }

    static Cmi5Statements initialized() {
        return new Cmi5Statements(Cmi5.INITIALIZED);
    }

    static Cmi5Statements terminated() {
        return new Cmi5Statements(Cmi5.TERMINATED).duration("PT5M");
    }

    static Cmi5Statements completed() {
        return new Cmi5Statements(Cmi5.COMPLETED).duration("PT4M").completion(true).moveOn();
    }

    /** Passed as an AU sends it when LMS.LaunchData's masteryScore is 0.8 (the masteryscore extension). */
    static Cmi5Statements passed(String scaled) {
        return new Cmi5Statements(Cmi5.PASSED).duration("PT4M").success(true).score(scaled).moveOn()
                .masteryScore("0.8");
    }

    /** Passed without a score, as the common cmi5 JavaScript library sends it when no score is given. */
    static Cmi5Statements passedWithoutScore() {
        return new Cmi5Statements(Cmi5.PASSED).duration("PT4M").success(true).moveOn();
    }

    static Cmi5Statements failed(String scaled) {
        return new Cmi5Statements(Cmi5.FAILED).duration("PT4M").success(false).score(scaled).moveOn()
                .masteryScore("0.8");
    }

    static Cmi5Statements answered() {
        Cmi5Statements s = new Cmi5Statements("http://adlnet.gov/expapi/verbs/answered");
        s.cmi5 = false;
        s.object = ACTIVITY + "/interactions/q1";
        return s;
    }

    static Cmi5Statements of(String verb) {
        return new Cmi5Statements(verb);
    }

    Cmi5Statements duration(String value) {
        hasResult = true;
        result.add("duration", value);
        return this;
    }

    Cmi5Statements completion(boolean value) {
        hasResult = true;
        result.add("completion", value);
        return this;
    }

    Cmi5Statements success(boolean value) {
        hasResult = true;
        result.add("success", value);
        return this;
    }

    Cmi5Statements score(String scaled) {
        hasResult = true;
        result.add("score", Json.createObjectBuilder().add("scaled", new BigDecimal(scaled)));
        return this;
    }

    Cmi5Statements moveOn() {
        moveOn = true;
        return this;
    }

    Cmi5Statements withoutMoveOn() {
        moveOn = false;
        return this;
    }

    Cmi5Statements session(String value) {
        session = value;
        return this;
    }

    /** Puts the statement in this session unless a test gave it another on purpose. */
    Cmi5Statements inSession(String value) {
        if (SESSION.equals(session)) {
            session = value;
        }
        return this;
    }

    Cmi5Statements object(String value) {
        object = value;
        return this;
    }

    Cmi5Statements grouping(String value) {
        grouping = value;
        return this;
    }

    Cmi5Statements at(String instant) {
        timestamp = Instant.parse(instant).toString();
        return this;
    }

    /** The timestamp exactly as written here (null: none). */
    Cmi5Statements timestamp(String text) {
        timestamp = text;
        return this;
    }

    /** The masteryscore context extension (null: none). */
    Cmi5Statements masteryScore(String value) {
        masteryScore = value == null ? null : new BigDecimal(value);
        return this;
    }

    Cmi5Statements actorType(String objectType) {
        actorType = objectType;
        return this;
    }

    Cmi5Statements withoutId() {
        withId = false;
        return this;
    }

    /** A score with a raw value and only the bounds given here (null: left out). */
    Cmi5Statements rawScore(int raw, Integer min, Integer max) {
        hasResult = true;
        JsonObjectBuilder score = Json.createObjectBuilder().add("raw", raw);
        if (min != null) {
            score.add("min", min);
        }
        if (max != null) {
            score.add("max", max);
        }
        result.add("score", score);
        return this;
    }

    Cmi5Statements plainMoveOn() {
        cmi5 = false;
        moveOn = true;
        return this;
    }

    JsonObject json() {
        JsonArrayBuilder category = Json.createArrayBuilder();
        if (cmi5) {
            category.add(Json.createObjectBuilder().add("id", Cmi5.CATEGORY_CMI5));
        }
        if (moveOn) {
            category.add(Json.createObjectBuilder().add("id", Cmi5.CATEGORY_MOVEON));
        }
        JsonObjectBuilder extensions = Json.createObjectBuilder().add(Cmi5.EXT_SESSION_ID, session);
        if (masteryScore != null) {
            extensions.add(Cmi5.EXT_MASTERY_SCORE, masteryScore);
        }
        JsonObjectBuilder actor = Json.createObjectBuilder().add("account", Json.createObjectBuilder()
                .add("homePage", "https://lms.test").add("name", "learner-1"));
        if (actorType != null) {
            actor.add("objectType", actorType);
        }
        statement.add("actor", actor).add("object", Json.createObjectBuilder().add("id", object))
                .add("context", Json.createObjectBuilder().add("registration", REGISTRATION)
                        .add("contextActivities", Json.createObjectBuilder()
                                .add("grouping", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", grouping)))
                                .add("category", category))
                        .add("extensions", extensions));
        if (timestamp != null) {
            statement.add("timestamp", timestamp);
        }
        if (!withId) {
            statement.remove("id");
        }
        if (hasResult) {
            statement.add("result", result);
        }
        return statement.build();
    }

    StatementFacts facts() {
        return StatementFacts.of(json());
    }
}
