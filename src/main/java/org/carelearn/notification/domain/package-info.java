/** The messages, their milestones, retry pauses and texts, and people's choice to receive reminders or not. */
package org.carelearn.notification.domain;
