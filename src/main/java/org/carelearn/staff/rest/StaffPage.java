package org.carelearn.staff.rest;

import java.util.List;

/** One page of a staff listing, with the total that matches the filters. */
public record StaffPage(long total, int first, int max, List<StaffMemberDto> staff) {
}
