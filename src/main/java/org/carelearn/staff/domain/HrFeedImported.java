package org.carelearn.staff.domain;

import org.carelearn.platform.security.Actor;

/**
 * An HR feed was written, every row of it. Fired synchronously inside the import's transaction, after the
 * {@link StaffMemberChanged} and {@link AccountChanged} of its rows.
 *
 * @param fileName the name of the file imported
 * @param summary the counts in words
 */
public record HrFeedImported(Actor actor, String fileName, String summary) {
}
