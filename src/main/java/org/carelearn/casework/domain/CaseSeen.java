package org.carelearn.casework.domain;

import org.carelearn.platform.security.Actor;

/**
 * Someone saw case records: viewed one, searched or listed them, exported or printed. The audit trail keeps each,
 * with who, when and from where (the actor's address).
 *
 * @param caseId the case's opaque id, or null for a search or an export of many
 * @param detail what they asked for and how many they got; never the patient
 */
public record CaseSeen(Actor actor, Use use, String caseId, String detail) {

    /** How case records were seen. */
    public enum Use {
        VIEWED,
        SEARCHED,
        EXPORTED,
        PRINTED
    }
}
