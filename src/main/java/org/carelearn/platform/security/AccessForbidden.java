package org.carelearn.platform.security;

/**
 * A signed-in person asked for a page or resource their roles do not allow, and got 403. Platform only names
 * the event; the audit trail observes it.
 *
 * @param path the path they asked for, without the query
 */
public record AccessForbidden(Actor actor, String path) {
}
