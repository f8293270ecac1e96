/**
 * The HR feed: a CSV export of the HR system, upserted by employee id. A feed is checked row by row in
 * full before anything is written, and written in one transaction, so a feed with one bad row changes
 * nothing and the admin gets every bad row with its line number at once.
 */
package org.carelearn.staff.application.hrfeed;
