package org.carelearn.competency.application.exchange;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

/**
 * The names CareLearn gives CASE's open vocabularies, and the identifiers it derives for what CASE needs an
 * identifier for but a {@code FrameworkDefinition} does not keep (the rubric carrying the scale, its criteria and
 * levels, the associations, the item types).
 *
 * <p>Derived identifiers are name-based UUIDs (RFC 4122 version 3) of the framework's identifier and the part's
 * place, so exporting the same version twice gives the same file, and they never collide across frameworks.
 */
final class CaseVocabulary {

    /** CASE 1.1 information model, CFDocument.caseVersion: the only value the 1.1 JSON schema allows. */
    static final String CASE_VERSION = "1.1";

    /** CFItemType values (CASE 1.1 information model, CFItem.CFItemType: "the class of the statement"). */
    static final String DOMAIN = "Domain";
    static final String COMPETENCY = "Competency";
    static final String INDICATOR = "Behavioural indicator";

    /** CASE 1.1 CFAssociation.associationType: the origin is a child of the destination. */
    static final String IS_CHILD_OF = "isChildOf";
    /** New in CASE 1.1: the origin item has the destination item as one of its skill levels. */
    static final String HAS_SKILL_LEVEL = "hasSkillLevel";

    /** CFRubricCriterion.category of the criterion that carries a competency's proficiency levels. */
    static final String PROFICIENCY = "Proficiency";

    private CaseVocabulary() {
    }

    static String derived(String frameworkIdentifier, String part) {
        return UUID.nameUUIDFromBytes((frameworkIdentifier + "/" + part).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static String itemTypeIdentifier(String itemType) {
        return UUID.nameUUIDFromBytes(("carelearn:case:item-type:" + itemType).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Which of CareLearn's parts a CFItemType names, whatever the case; other tools' types name none. */
    static Role role(String itemType) {
        String type = itemType == null ? "" : itemType.strip().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "domain" -> Role.DOMAIN;
            case "competency" -> Role.COMPETENCY;
            case "behavioural indicator", "behavioral indicator", "indicator" -> Role.INDICATOR;
            default -> Role.UNKNOWN;
        };
    }

    enum Role {
        DOMAIN, COMPETENCY, INDICATOR, UNKNOWN
    }
}
