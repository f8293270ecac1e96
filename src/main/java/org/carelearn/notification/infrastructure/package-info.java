/** JPA storage of messages and preferences, and SMTP delivery through the {@code java:jboss/mail/CareLearn} session. */
package org.carelearn.notification.infrastructure;
