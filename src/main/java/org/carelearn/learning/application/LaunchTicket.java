package org.carelearn.learning.application;

import org.carelearn.catalog.domain.LaunchMethod;
import org.carelearn.learning.domain.LaunchMode;

/**
 * A launch ready to open: the URL with cmi5's launch parameters and where the AU may run.
 *
 * @param url the AU's URL with endpoint, fetch, actor, registration and activityId (cmi5 8.1)
 * @param launchMode the mode the session runs in (Normal may have become Review for a completed course)
 */
public record LaunchTicket(String sessionId, long enrolmentId, String auTitle, String url, LaunchMethod launchMethod,
        LaunchMode launchMode) {

    public String getSessionId() {
        return sessionId;
    }

    public String getUrl() {
        return url;
    }

    public String getAuTitle() {
        return auTitle;
    }

    public long getEnrolmentId() {
        return enrolmentId;
    }

    public boolean isOwnWindow() {
        return launchMethod == LaunchMethod.OWN_WINDOW;
    }
}
