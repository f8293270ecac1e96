/** Versioned schema migrations, applied before anything reads the database. */
package org.carelearn.platform.persistence;
