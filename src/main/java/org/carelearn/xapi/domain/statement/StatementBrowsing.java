package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import java.util.List;

/** What admins browse: every statement stored, voided ones too, by offset rather than xAPI's "more" links. */
public interface StatementBrowsing {

    /** For admins browsing: a page by offset, newest first, of the statements that match directly (voided too). */
    List<JsonObject> browse(StatementQuery query, int first, int max);

    /** How many statements {@link #browse} would page through. */
    long count(StatementQuery query);
}
