package org.carelearn.reporting.domain;

import org.carelearn.platform.security.Actor;

/**
 * A patient experience file was imported (fired in the import's transaction) or refused (fired with nothing stored,
 * outside any transaction that matters: an observer keeping it does so in a transaction of its own).
 *
 * @param accepted whether anything of it was taken
 * @param detail the counts, or how many problems and the first of them
 */
public record ExperienceScoresImported(Actor actor, String fileName, boolean accepted, String detail) {
}
