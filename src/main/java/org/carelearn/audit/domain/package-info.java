/** The audit event and the repository that only appends and reads. */
package org.carelearn.audit.domain;
