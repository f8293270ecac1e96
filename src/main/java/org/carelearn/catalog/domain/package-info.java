/**
 * Courses and their versions, the cmi5 course structure (blocks and AUs) and the rules a cmi5 package must
 * follow before CareLearn keeps it.
 */
package org.carelearn.catalog.domain;
