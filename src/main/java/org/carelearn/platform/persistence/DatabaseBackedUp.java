package org.carelearn.platform.persistence;

import org.carelearn.platform.security.Actor;

/** An admin backed the database up (announced so that the audit trail records it; platform knows no trail). */
public record DatabaseBackedUp(Actor actor, String folder, long bytes) {
}
