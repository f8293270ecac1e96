package org.carelearn.casework.application;

import java.util.List;

/** The CSV of an export (RFC 4180): one line per case, nothing of the patient. */
final class CaseExport {

    private CaseExport() {
    }

    static String csv(List<CaseLine> lines) {
        StringBuilder out = new StringBuilder("case_id,reference,kind,received_on,department,categories,severity,"
                + "status,owner,grievance_clock,outcome\r\n");
        for (CaseLine l : lines) {
            out.append(String.join(",", field(l.publicId()), field(l.reference()), field(l.kind()),
                    field(String.valueOf(l.receivedOn())), field(l.departmentName()),
                    field(String.join("; ", l.categories())), field(l.severity()), field(l.status()),
                    field(l.ownerName()), field(l.clockText()), field(l.outcome()))).append("\r\n");
        }
        return out.toString();
    }

    /** Quoted when it must be; a leading =, +, - or @ is defused so that a spreadsheet shows it as text. */
    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
