package org.carelearn.learning.rest;

import jakarta.validation.constraints.NotBlank;

/** A course from the catalog the learner chooses to take. */
public record EnrolRequest(@NotBlank(message = "Name the course (its IRI)") String courseIri) {
}
