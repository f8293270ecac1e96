package org.carelearn.competency.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.platform.BusinessRuleException;

/**
 * Every rule a piece of evidence must pass before it is stored, and the making of it: the competency is in the
 * framework's latest version, the level is on its scale, and each kind has its own:
 * <ul>
 * <li>a course completion shows at most the level the course is mapped to;</li>
 * <li>an observed validation is given by an approved validator of that competency, never for themselves nor,
 * unless approved for it, for their own manager ({@link ValidatorApproval#check}), and judges every indicator of
 * the competency, once each;</li>
 * <li>a self-assessment is the person's own;</li>
 * <li>a record of prior learning is attested by a manager of the person and rests on a document.</li>
 * </ul>
 */
public final class EvidenceRules {

    private EvidenceRules() {
    }

    /**
     * The evidence, checked, against the latest version of the competency's framework; refused with the reason
     * otherwise.
     */
    public static EvidenceRecord record(NewEvidence given, FrameworkVersion latest, EvidenceFacts facts,
            LocalDate today, Instant now, String statementId) {
        check(given, latest.definition(), facts);
        return new EvidenceRecord(given, latest, today, now, statementId);
    }

    public static void check(NewEvidence given, FrameworkDefinition framework, EvidenceFacts facts) {
        if (given.employeeId().isEmpty()) {
            throw new BusinessRuleException("Say whose evidence it is");
        }
        if (given.givenBy() == null || given.givenBy().isBlank()) {
            throw new BusinessRuleException("Evidence must say who gave it");
        }
        CompetencyDefinition competency = framework.competency(given.competencyIdentifier());
        framework.scale().level(given.level());
        if (given.comment() != null && given.comment().length() > EvidenceRecord.MAX_COMMENT) {
            throw new BusinessRuleException("A comment is at most " + EvidenceRecord.MAX_COMMENT + " characters");
        }
        if (given.kind() != EvidenceKind.OBSERVED_VALIDATION && !given.indicators().isEmpty()) {
            throw new BusinessRuleException("Only an observed validation judges the indicators one by one");
        }
        if (given.kind() != EvidenceKind.PRIOR_LEARNING && given.document() != null) {
            throw new BusinessRuleException("Only a record of prior learning carries a document");
        }
        switch (given.kind()) {
            case COURSE_COMPLETION -> {
                if (facts.mappedLevel() == null) {
                    throw new BusinessRuleException("No course is mapped to " + competency.title()
                            + ": a course completion cannot show it");
                }
                if (given.level() > facts.mappedLevel()) {
                    throw new BusinessRuleException("The course shows " + competency.title() + " at level "
                            + facts.mappedLevel() + " at most, not " + given.level());
                }
            }
            case OBSERVED_VALIDATION -> validation(given, competency, facts);
            case SELF_ASSESSMENT -> {
                if (!given.givenBy().equalsIgnoreCase(given.employeeId())) {
                    throw new BusinessRuleException("A self-assessment is the person's own: nobody assesses"
                            + " themselves for someone else");
                }
            }
            case PRIOR_LEARNING -> {
                if (!facts.giverManagesPerson()) {
                    throw new BusinessRuleException("Prior learning is attested by a manager of "
                            + given.employeeId());
                }
                if (given.document() == null) {
                    throw new BusinessRuleException("Attach the document the prior learning rests on (a PDF or an"
                            + " image)");
                }
            }
        }
    }

    private static void validation(NewEvidence given, CompetencyDefinition competency, EvidenceFacts facts) {
        if (facts.approval() == null) {
            if (given.givenBy().equalsIgnoreCase(given.employeeId())) {
                throw new BusinessRuleException("Nobody validates their own competency: ask another approved"
                        + " validator");
            }
            throw new BusinessRuleException(given.givenBy() + " is not approved to validate " + competency.title()
                    + ": an administrator approves validators for each competency");
        }
        facts.approval().check(given.employeeId(), given.competencyIdentifier(), facts.giversManager());
        Set<String> expected = competency.indicators().stream().map(IndicatorDefinition::identifier)
                .collect(Collectors.toSet());
        Set<String> judged = new HashSet<>();
        for (IndicatorResult result : given.indicators()) {
            if (!expected.contains(result.getIndicatorIdentifier())) {
                throw new BusinessRuleException(competency.title() + " has no indicator "
                        + result.getIndicatorIdentifier());
            }
            if (!judged.add(result.getIndicatorIdentifier())) {
                throw new BusinessRuleException("The indicator " + result.getIndicatorIdentifier()
                        + " is judged twice");
            }
        }
        if (!judged.equals(expected)) {
            throw new BusinessRuleException("Mark every indicator of " + competency.title() + " met or not met: "
                    + (expected.size() - judged.size()) + " of " + expected.size() + " are not marked");
        }
    }
}
