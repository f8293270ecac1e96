/** What the reports count and how: coverage tallies and the events reporting announces. */
package org.carelearn.reporting.domain;
