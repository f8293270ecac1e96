package org.carelearn.staff.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.carelearn.platform.time.DateStyle;
import org.carelearn.staff.domain.StaffMember;

/** How a staff member and a change to them read in the audit trail. */
public final class StaffSnapshot {

    private StaffSnapshot() {
    }

    /** The fields of a person whose changes the audit trail shows, in a fixed order. */
    public static Map<String, String> snapshot(StaffMember member) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", member.getName().getDisplayName());
        fields.put("email", member.getEmail());
        fields.put("department", member.getDepartment().getCode());
        fields.put("jobRole", member.getJobRole().getCode());
        fields.put("manager", member.getManager() == null ? "" : member.getManager().getEmployeeId());
        // in the hospital's date style, as every page shows dates (the trail is read on a page)
        fields.put("hireDate", DateStyle.date(member.getHireDate()));
        return fields;
    }

    /** "name=Ana Ruiz; email=a.ruiz@...; ..." */
    public static String describe(StaffMember member) {
        List<String> parts = new ArrayList<>();
        snapshot(member).forEach((field, value) -> parts.add(field + "=" + value));
        return String.join("; ", parts);
    }

    /** "email: a@x.org -> b@x.org; manager: E1 -> E2", for the fields that differ. */
    public static String changes(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((field, value) -> {
            if (!Objects.equals(before.get(field), value)) {
                changed.add(field + ": " + before.get(field) + " -> " + value);
            }
        });
        return String.join("; ", changed);
    }
}
