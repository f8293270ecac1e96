package org.carelearn.assignment.rest;

import java.util.List;

/** A curriculum to define: its name, its courses in order, and whether each opens only after the one before. */
public record CurriculumRequest(String name, List<String> courseIris, boolean unlockInOrder) {
}
