package org.carelearn.reporting.domain;

import java.time.LocalDate;

/** Where a person sat from a day on (until their next placement): a department, in active service or not. */
public record Placement(LocalDate from, String departmentCode, boolean active) {
}
