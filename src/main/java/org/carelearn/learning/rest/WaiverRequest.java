package org.carelearn.learning.rest;

import jakarta.validation.constraints.NotBlank;

/** Waive one AU of an enrolment, with one of cmi5's reasons (9.5.5.2). */
public record WaiverRequest(@NotBlank(message = "Name the AU to waive (its id in the course structure)") String au,
        @NotBlank(message = "Give the reason: Tested Out, Equivalent AU, Equivalent Outside Activity or"
                + " Administrative") String reason) {
}
