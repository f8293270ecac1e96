/**
 * Background jobs on one server or many: a lease in the database decides which node runs each job, and moves
 * the job to another node when the holder stops renewing it.
 */
package org.carelearn.platform.jobs;
