package org.carelearn.xapi.domain.statement;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One page of a statement query.
 *
 * @param lastPosition internal position of the last statement on the page, the cursor of the next page
 * @param more whether another page may follow
 */
public record StatementPage(List<JsonObject> statements, long lastPosition, boolean more) {
}
