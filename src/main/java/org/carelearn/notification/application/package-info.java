/** The sender (claim, then deliver), its schedule, a manager's "remind now", the mail log and preferences. */
package org.carelearn.notification.application;
