package org.carelearn.casework.domain;

import org.carelearn.platform.security.Actor;

/**
 * A file from the hospital's complaint system was imported, or refused as a whole.
 *
 * @param accepted whether anything was written
 * @param detail the counts, or the first problem; never the patient
 */
public record CaseImported(Actor actor, String fileName, boolean accepted, String detail) {
}
