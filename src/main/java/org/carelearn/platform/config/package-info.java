/** CareLearn's run-time settings, read from system properties that the deployment topology sets. */
package org.carelearn.platform.config;
