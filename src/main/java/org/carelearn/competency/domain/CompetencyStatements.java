package org.carelearn.competency.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.carelearn.platform.json.Jsons;

/**
 * The xAPI statement that records a piece of evidence in CareLearn's LRS, so that the LRS holds the whole
 * learning record (README, "Competencies", lists the IRIs). The competency is an activity of its own, named from
 * its framework identifier under CareLearn's LMS IRI; the level is the score (xAPI 1.0.3 Data 2.4.5.1: raw
 * between min and max) and its name an extension; an observed validation's indicators go in a result extension;
 * the validator (or the manager who attested prior learning) is the context's instructor (Data 2.4.6); the
 * framework is the parent activity and its version the context's revision (Data 2.4.6: "revision of the learning
 * activity associated with this statement").
 */
public final class CompetencyStatements {

    /** ADL's "scored": "a numerical value related to an actor's performance on an activity". */
    public static final String VERB_SCORED = "http://adlnet.gov/expapi/verbs/scored";

    private CompetencyStatements() {
    }

    /** The activity IRI of a competency. */
    public static String competencyIri(String lmsIri, String competencyIdentifier) {
        return lmsIri + "/competencies/" + competencyIdentifier;
    }

    public static String frameworkIri(String lmsIri, String frameworkIdentifier) {
        return lmsIri + "/competency-frameworks/" + frameworkIdentifier;
    }

    public static String activityType(String lmsIri, String type) {
        return lmsIri + "/xapi/activity-types/" + type;
    }

    public static String extension(String lmsIri, String name) {
        return lmsIri + "/xapi/extensions/" + name;
    }

    /** The category activity that says what kind of evidence a statement records. */
    public static String kindIri(String lmsIri, EvidenceKind kind) {
        return lmsIri + "/xapi/evidence-kinds/" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param instructor the validator's (or attesting manager's) agent, or null
     * @param courseIri the course a completion came from, or null
     * @param contextIri the opaque IRI of the record the evidence was observed in (a case), or null
     */
    public static JsonObject evidence(String statementId, String lmsIri, JsonObject actor, JsonObject instructor,
            NewEvidence given, FrameworkDefinition framework, int frameworkVersion, String courseIri,
            String contextIri, Instant at) {
        CompetencyDefinition competency = framework.competency(given.competencyIdentifier());
        ProficiencyLevel level = framework.scale().level(given.level());
        JsonObject object = Jsons.createObjectBuilder().add("objectType", "Activity")
                .add("id", competencyIri(lmsIri, competency.identifier()))
                .add("definition", Jsons.createObjectBuilder()
                        .add("type", activityType(lmsIri, "competency"))
                        .add("name", Jsons.createObjectBuilder().add("en-US", competency.title()))
                        .add("description", Jsons.createObjectBuilder().add("en-US", competency.statement())))
                .build();
        JsonObjectBuilder extensions = Jsons.createObjectBuilder()
                .add(extension(lmsIri, "proficiency-level"), Jsons.createObjectBuilder().add("rank", level.rank())
                        .add("name", level.name()).add("scale", framework.scale().name()))
                .add(extension(lmsIri, "evidence-kind"), given.kind().name());
        if (!given.indicators().isEmpty()) {
            JsonArrayBuilder indicators = Jsons.createArrayBuilder();
            given.indicators().forEach(i -> {
                JsonObjectBuilder one = Jsons.createObjectBuilder().add("identifier", i.getIndicatorIdentifier())
                        .add("met", i.isMet());
                if (i.getComment() != null) {
                    one.add("comment", i.getComment());
                }
                indicators.add(one);
            });
            extensions.add(extension(lmsIri, "indicators"), indicators);
        }
        JsonObjectBuilder result = Jsons.createObjectBuilder()
                .add("score", Jsons.createObjectBuilder().add("raw", level.rank()).add("min", 1)
                        .add("max", framework.scale().highest().rank()))
                .add("extensions", extensions);
        if (given.comment() != null) {
            result.add("response", given.comment());
        }
        return Jsons.createObjectBuilder().add("id", statementId).add("actor", actor)
                .add("verb", Jsons.createObjectBuilder().add("id", VERB_SCORED)
                        .add("display", Jsons.createObjectBuilder().add("en-US", "scored")))
                .add("object", object).add("result", result)
                .add("context", context(lmsIri, instructor, given.kind(), framework, frameworkVersion, courseIri,
                        contextIri))
                .add("timestamp", DateTimeFormatter.ISO_INSTANT.format(at)).build();
    }

    private static JsonObject context(String lmsIri, JsonObject instructor, EvidenceKind kind,
            FrameworkDefinition framework, int frameworkVersion, String courseIri, String contextIri) {
        JsonObjectBuilder activities = Jsons.createObjectBuilder()
                .add("parent", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder().add("objectType", "Activity")
                        .add("id", frameworkIri(lmsIri, framework.identifier()))
                        .add("definition", Jsons.createObjectBuilder()
                                .add("type", activityType(lmsIri, "competency-framework"))
                                .add("name", Jsons.createObjectBuilder().add("en-US", framework.title())))))
                .add("category", Jsons.createArrayBuilder().add(Jsons.createObjectBuilder()
                        .add("objectType", "Activity").add("id", kindIri(lmsIri, kind))));
        JsonArrayBuilder other = Jsons.createArrayBuilder();
        if (courseIri != null) {
            other.add(Jsons.createObjectBuilder().add("objectType", "Activity").add("id", courseIri));
        }
        if (contextIri != null) {
            // the record it was observed in, by its opaque IRI only: a case's IRI names no patient
            other.add(Jsons.createObjectBuilder().add("objectType", "Activity").add("id", contextIri)
                    .add("definition", Jsons.createObjectBuilder().add("type", activityType(lmsIri, "case"))));
        }
        if (courseIri != null || contextIri != null) {
            activities.add("other", other);
        }
        JsonObjectBuilder context = Jsons.createObjectBuilder().add("contextActivities", activities)
                .add("revision", "framework version " + frameworkVersion)
                .add("extensions", Jsons.createObjectBuilder()
                        .add(extension(lmsIri, "framework-version"), frameworkVersion));
        if (instructor != null) {
            context.add("instructor", instructor);
        }
        return context.build();
    }
}
