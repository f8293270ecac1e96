/** The course catalog: cmi5 courses imported as packages, kept as immutable numbered versions. */
package org.carelearn.catalog;
