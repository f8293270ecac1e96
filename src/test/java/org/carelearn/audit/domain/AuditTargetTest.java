package org.carelearn.audit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit trail's filter offers every record type there is, and every event reads as words. */
class AuditTargetTest {

    @Test
    void everyTypeAFactoryMakesHasAName() throws ReflectiveOperationException {
        List<String> made = new ArrayList<>();
        for (Method factory : AuditTarget.class.getDeclaredMethods()) {
            if (Modifier.isStatic(factory.getModifiers()) && factory.getReturnType() == AuditTarget.class) {
                made.add(((AuditTarget) factory.invoke(null, "x")).type());
            }
        }
        assertTrue(made.size() >= 11, made.toString());
        assertTrue(AuditTarget.TYPES.keySet().containsAll(made), "unnamed: " + made.stream()
                .filter(type -> !AuditTarget.TYPES.containsKey(type)).toList());
    }

    @Test
    void typesAreListedByTheirNames() {
        List<String> names = new ArrayList<>(AuditTarget.TYPES.values());
        assertEquals(names.stream().sorted().toList(), names);
        assertEquals("Staff member", AuditTarget.typeLabel("StaffMember"));
        assertEquals("SomethingNew", AuditTarget.typeLabel("SomethingNew"));
    }

    @Test
    void everyActionReadsAsWords() {
        Arrays.stream(AuditAction.values()).forEach(action -> assertTrue(
                action.label().matches("[A-Z][A-Za-z-]*( [A-Za-z-]+)*"), action + " reads " + action.label()));
        assertEquals("Signed in", AuditAction.SIGN_IN.label());
        assertEquals("Account unlocked", AuditAction.ACCOUNT_UNLOCKED.label());
    }
}
