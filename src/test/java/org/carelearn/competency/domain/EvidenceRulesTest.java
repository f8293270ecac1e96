package org.carelearn.competency.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.testing.SampleFrameworks;
import org.junit.jupiter.api.Test;

/** The rules every piece of evidence passes before it is stored, kind by kind. */
class EvidenceRulesTest {

    private static final FrameworkDefinition FRAMEWORK = SampleFrameworks.framework("Rules");
    private static final CompetencyDefinition LISTENING = FRAMEWORK.competencies().get(0);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static NewEvidence of(EvidenceKind kind, int level, String by, List<IndicatorResult> indicators,
            EvidenceDocumentContent document) {
        return new NewEvidence("E200", LISTENING.identifier(), kind, level, by, null, "https://c.example/course",
                indicators, document);
    }

    private static List<IndicatorResult> allMet() {
        return LISTENING.indicators().stream().map(i -> new IndicatorResult(i.identifier(), true, null)).toList();
    }

    private static String refusal(NewEvidence given, EvidenceFacts facts) {
        return assertThrows(BusinessRuleException.class, () -> EvidenceRules.check(given, FRAMEWORK, facts))
                .getMessage();
    }

    @Test
    void aCourseShowsNoMoreThanTheLevelItIsMappedTo() {
        NewEvidence atThree = of(EvidenceKind.COURSE_COMPLETION, 3, "system", List.of(), null);

        assertTrue(refusal(atThree, new EvidenceFacts(2, null, null, false)).contains("level 2 at most"));
        assertTrue(refusal(atThree, EvidenceFacts.NONE).contains("No course is mapped"));
        assertDoesNotThrow(() -> EvidenceRules.check(of(EvidenceKind.COURSE_COMPLETION, 2, "system", List.of(),
                null), FRAMEWORK, new EvidenceFacts(2, null, null, false)));
    }

    @Test
    void aLevelOffTheScaleOrAnUnknownCompetencyIsRefused() {
        assertTrue(refusal(of(EvidenceKind.COURSE_COMPLETION, 5, "system", List.of(), null),
                new EvidenceFacts(4, null, null, false)).contains("levels 1 to 4"));
        NewEvidence unknown = new NewEvidence("E200", "9b0c7e1e-4c43-4d55-9b6b-3b3f0f7e2a10",
                EvidenceKind.SELF_ASSESSMENT, 1, "E200", null, null, List.of(), null);
        assertTrue(refusal(unknown, EvidenceFacts.NONE).contains("has no competency"));
    }

    @Test
    void anUnapprovedOrSelfValidatorIsRefused() {
        assertTrue(refusal(of(EvidenceKind.OBSERVED_VALIDATION, 3, "V300", allMet(), null), EvidenceFacts.NONE)
                .contains("not approved"));
        assertTrue(refusal(of(EvidenceKind.OBSERVED_VALIDATION, 3, "E200", allMet(), null), EvidenceFacts.NONE)
                .contains("Nobody validates their own"));
    }

    @Test
    void aValidatorMayNotValidateTheirOwnManagerUnlessApprovedForIt() {
        NewEvidence ofManager = of(EvidenceKind.OBSERVED_VALIDATION, 3, "V300", allMet(), null);
        ValidatorApproval plain = new ValidatorApproval("V300", LISTENING.identifier(), false);
        ValidatorApproval forManager = new ValidatorApproval("V300", LISTENING.identifier(), true);

        assertTrue(refusal(ofManager, new EvidenceFacts(null, plain, "E200", false)).contains("own manager"));
        assertDoesNotThrow(() -> EvidenceRules.check(ofManager, FRAMEWORK,
                new EvidenceFacts(null, forManager, "E200", false)));
    }

    @Test
    void aValidationJudgesEveryIndicatorOnce() {
        ValidatorApproval approval = new ValidatorApproval("V300", LISTENING.identifier(), false);
        EvidenceFacts facts = new EvidenceFacts(null, approval, null, false);
        List<IndicatorResult> twoOfThree = allMet().subList(0, 2);
        List<IndicatorResult> twice = List.of(allMet().get(0), allMet().get(0), allMet().get(1), allMet().get(2));

        assertTrue(refusal(of(EvidenceKind.OBSERVED_VALIDATION, 2, "V300", twoOfThree, null), facts)
                .contains("1 of 3 are not marked"));
        assertTrue(refusal(of(EvidenceKind.OBSERVED_VALIDATION, 2, "V300", twice, null), facts)
                .contains("judged twice"));
    }

    @Test
    void aSelfAssessmentIsThePersonsOwn() {
        assertTrue(refusal(of(EvidenceKind.SELF_ASSESSMENT, 2, "M100", List.of(), null), EvidenceFacts.NONE)
                .contains("person's own"));
        assertDoesNotThrow(() -> EvidenceRules.check(of(EvidenceKind.SELF_ASSESSMENT, 2, "E200", List.of(), null),
                FRAMEWORK, EvidenceFacts.NONE));
    }

    @Test
    void priorLearningIsAttestedByAManagerWithADocument() {
        EvidenceDocumentContent pdf = EvidenceDocumentContent.of("certificate.pdf", PDF);

        assertTrue(refusal(of(EvidenceKind.PRIOR_LEARNING, 2, "P100", List.of(), pdf), EvidenceFacts.NONE)
                .contains("attested by a manager"));
        assertTrue(refusal(of(EvidenceKind.PRIOR_LEARNING, 2, "M100", List.of(), null),
                new EvidenceFacts(null, null, null, true)).contains("Attach the document"));
        assertDoesNotThrow(() -> EvidenceRules.check(of(EvidenceKind.PRIOR_LEARNING, 2, "M100", List.of(), pdf),
                FRAMEWORK, new EvidenceFacts(null, null, null, true)));
    }

    @Test
    void aDocumentIsJudgedByItsContentNotItsName() {
        byte[] text = "just text pretending".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

        assertThrows(BusinessRuleException.class, () -> EvidenceDocumentContent.of("certificate.pdf", text));
        assertTrue(EvidenceDocumentContent.of("scan.txt", PDF).mediaType().equals("application/pdf"));
        assertThrows(BusinessRuleException.class, () -> EvidenceDocumentContent.of("big.pdf",
                new byte[EvidenceDocumentContent.MAX_BYTES + 1]));
    }
}
