package org.carelearn.staff.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;

/** Forgets a session in {@link ActiveSessions} when it ends, however it ends. */
@WebListener
public class SessionEndListener implements HttpSessionListener {

    @Inject
    private ActiveSessions activeSessions;

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        activeSessions.ended(event.getSession());
    }
}
