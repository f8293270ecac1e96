/**
 * What every context shares and no context owns: configuration, time, security roles, the database
 * schema's versioning, and the error shape of the web and REST layers. Nothing here knows a context.
 */
package org.carelearn.platform;
