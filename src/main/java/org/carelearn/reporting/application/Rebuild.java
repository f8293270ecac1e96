package org.carelearn.reporting.application;

/** What a rebuild of the read models wrote: how many people and competencies, and how long it took. */
public record Rebuild(int people, int competencies, long millis) {
}
