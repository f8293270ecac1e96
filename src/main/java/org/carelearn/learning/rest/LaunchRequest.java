package org.carelearn.learning.rest;

import jakarta.validation.constraints.NotBlank;

/** Which AU of an enrolment to launch, by its id in the course structure. */
public record LaunchRequest(@NotBlank(message = "Name the AU to launch (its id in the course structure)") String au) {
}
