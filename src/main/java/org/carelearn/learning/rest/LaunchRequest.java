package org.carelearn.learning.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Which AU of an enrolment to launch, by its id in the course structure, and in which cmi5 launch mode:
 * Normal when left out (Review once the course is completed), Browse to look without credit, or Review.
 */
public record LaunchRequest(@NotBlank(message = "Name the AU to launch (its id in the course structure)") String au,
        @Pattern(regexp = "(?i)Normal|Browse|Review", message = "launchMode is Normal, Browse or Review")
        String launchMode) {
}
