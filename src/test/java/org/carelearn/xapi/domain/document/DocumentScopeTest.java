package org.carelearn.xapi.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DocumentScopeTest {

    private static final String ACTIVITY = "http://example.org/course/1";
    private static final String AGENT = "mbox:mailto:nurse@example.org";

    @Test
    void registrationIsPartOfAStatesScope() {
        assertNotEquals(DocumentScope.state(ACTIVITY, AGENT, null).text(),
                DocumentScope.state(ACTIVITY, AGENT, "6fa459ea-ee8a-3ca4-894e-db77e160355e").text());
    }

    @Test
    void partsCannotBeShiftedIntoOneAnother() {
        assertNotEquals(DocumentScope.state("a|b", "c", null).document("d").text(),
                DocumentScope.state("a", "b|c", null).document("d").text());
        assertNotEquals(DocumentScope.activityProfile(ACTIVITY).document("x").text(),
                new DocumentScope(DocumentKind.STATE, ACTIVITY, null, null).document("x").text());
    }

    @Test
    void onlyProfilesRequireAPreconditionOnPut() {
        assertTrue(DocumentKind.ACTIVITY_PROFILE.preconditionRequired());
        assertTrue(DocumentKind.AGENT_PROFILE.preconditionRequired());
        assertFalse(DocumentKind.STATE.preconditionRequired());
    }

    @Test
    void storedCodesMapBackToKinds() {
        for (DocumentKind kind : DocumentKind.values()) {
            assertEquals(kind, DocumentKind.ofCode(kind.code()));
        }
        assertThrows(IllegalArgumentException.class, () -> DocumentKind.ofCode(9));
    }
}
