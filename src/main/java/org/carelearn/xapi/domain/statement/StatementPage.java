package org.carelearn.xapi.domain.statement;

import java.util.List;

/**
 * One page of a statement query.
 *
 * @param statements the statements as stored, parsed only if a reader needs their members
 * @param lastPosition internal position of the last statement on the page, the cursor of the next page
 * @param more whether another page may follow
 */
public record StatementPage(List<StoredText> statements, long lastPosition, boolean more) {
}
