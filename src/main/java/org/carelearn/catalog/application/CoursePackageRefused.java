package org.carelearn.catalog.application;

import org.carelearn.platform.security.Actor;

/**
 * A course package was refused: it broke cmi5 or CareLearn's limits, and nothing of it was stored. Fired while
 * the importing transaction is being given up, so an observer that keeps it must do so in a transaction of its
 * own.
 *
 * @param fileName the package's file name as uploaded
 * @param reasons every reason, in words
 */
public record CoursePackageRefused(Actor actor, String fileName, String reasons) {
}
