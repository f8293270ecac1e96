/**
 * Leadership's reports: read models of their own, kept current from the other contexts' events after they commit
 * and rebuilt from the source data on demand, and the pages and exports that read only them.
 */
package org.carelearn.reporting;
