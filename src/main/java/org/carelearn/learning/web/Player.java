package org.carelearn.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.carelearn.learning.application.LaunchTicket;
import org.carelearn.platform.web.ContentSecurityPolicy;
import org.carelearn.platform.web.ContentOriginGate;
import org.omnifaces.util.Faces;

/**
 * learning/player.xhtml: the AU in a frame under CareLearn's header. The launch URL (it holds the
 * one-time fetch secret) comes through the flash, never through the address bar, so a reload or the
 * browser history cannot launch it twice; a reload shows how to launch again instead.
 */
@Named
@RequestScoped
public class Player {

    static final String TICKET = "carelearn.launchTicket";

    private LaunchTicket ticket;

    @PostConstruct
    void load() {
        Object flashed = Faces.getFlash().get(TICKET);
        ticket = flashed instanceof LaunchTicket t ? t : null;
    }

    /** View action: the page's Content-Security-Policy lets it frame the lesson's origin (when not CareLearn's own). */
    public void allowFrame() {
        if (ticket != null) {
            ContentSecurityPolicy.allowFrame(Faces.getRequest(), ticket.url());
        }
    }

    public LaunchTicket getTicket() {
        return ticket;
    }

    /**
     * The frame's sandbox: the lesson's scripts, forms, pop-ups and dialogs run, but without
     * allow-same-origin it has an opaque origin (no cookies or storage, no reaching this page) and without
     * allow-top-navigation it cannot take the window away.
     */
    public String getSandbox() {
        return ContentOriginGate.SANDBOX;
    }
}
