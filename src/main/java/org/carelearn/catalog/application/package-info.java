/** The catalog's use cases: importing a cmi5 package, reading courses and versions, the built-in courses. */
package org.carelearn.catalog.application;
