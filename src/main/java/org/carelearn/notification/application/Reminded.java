package org.carelearn.notification.application;

/**
 * What a manager's "remind now" did, for the page to say.
 *
 * @param reminded people a reminder was claimed for now (sent, or kept where no SMTP server is configured)
 * @param alreadyToday people who had one from a manager today already (once a day is enough)
 * @param nothingOpen people with no open required course that has a due date
 */
public record Reminded(int reminded, int alreadyToday, int nothingOpen) {
}
