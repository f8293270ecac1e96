/**
 * CareLearn's run-time settings: system properties that the deployment topology sets, and what an admin gives
 * in the first-run setup (kept in the database).
 */
package org.carelearn.platform.config;
