package org.carelearn.competency.application.exchange;

import java.util.List;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.DomainDefinition;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.competency.domain.ProficiencyLevel;
import org.carelearn.competency.domain.ProficiencyScale;

/** A small framework with every part CASE carries: two domains, a competency outside them, notes and sources. */
final class CaseSamples {

    static final String FRAMEWORK = "6f1c2a8e-3d4b-4c5a-9e7f-0a1b2c3d4e5f";
    static final String DOMAIN_TALK = "7a2d3b9f-4e5c-4d6b-8f8a-1b2c3d4e5f60";
    static final String DOMAIN_RIGHTS = "8b3e4c0a-5f6d-4e7c-9a9b-2c3d4e5f6071";
    static final String LISTENING = "9c4f5d1b-6a7e-4f8d-8bac-3d4e5f607182";
    static final String PRIVACY = "ad5a6e2c-7b8f-4a9e-9cbd-4e5f60718293";
    static final String HANDOVER = "be6b7f3d-8c9a-4baf-8dce-5f60718293a4";

    private CaseSamples() {
    }

    static FrameworkDefinition framework() {
        ProficiencyScale scale = new ProficiencyScale("Three steps", List.of(
                new ProficiencyLevel(1, "Developing", "Does it with a colleague's prompting"),
                new ProficiencyLevel(2, "Proficient", "Does it unprompted, every time"),
                new ProficiencyLevel(3, "Role model", "Coaches others and improves how the unit does it")));
        return new FrameworkDefinition(FRAMEWORK, "Sample bedside skills", "A framework for the tests",
                "Test Hospital", "2026.1", "en", scale,
                List.of(new DomainDefinition(DOMAIN_TALK, "T", "Talking with patients"),
                        new DomainDefinition(DOMAIN_RIGHTS, "R", "Rights and dignity")),
                List.of(new CompetencyDefinition(HANDOVER, "X.1", "Bedside handover",
                                "Hands over at the bedside with the patient included", null,
                                List.of(new IndicatorDefinition("cf7c8a4e-9dab-4cb0-9edf-60718293a4b5",
                                        "Introduces the oncoming nurse to the patient")), ""),
                        new CompetencyDefinition(PRIVACY, "R.1", "Privacy", "Keeps what patients say private",
                                DOMAIN_RIGHTS, List.of(
                                        new IndicatorDefinition("d08d9b5f-aebc-4dc1-8fe0-718293a4b5c6",
                                                "Closes the curtain before asking personal questions"),
                                        new IndicatorDefinition("e19eac60-bfcd-4ed2-9af1-8293a4b5c6d7",
                                                "Checks who the patient wants present")),
                                "Rests on the HIPAA Privacy Rule, 45 CFR 164.502"),
                        new CompetencyDefinition(LISTENING, "T.1", "Listening", "Listens before answering",
                                DOMAIN_TALK, List.of(
                                        new IndicatorDefinition("f2afbd71-c0de-4fe3-8b02-93a4b5c6d7e8",
                                                "Lets the patient finish"),
                                        new IndicatorDefinition("03b0ce82-d1ef-4af4-9c13-a4b5c6d7e8f9",
                                                "Reflects back what was heard"),
                                        new IndicatorDefinition("14c1df93-e2f0-4b05-8d24-b5c6d7e8f90a",
                                                "Asks before giving advice")), "")),
                List.of("Baile WF et al. SPIKES. The Oncologist 2000;5(4):302-311",
                        "45 CFR 164.502 (HIPAA Privacy Rule)"));
    }
}
