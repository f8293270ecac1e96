package org.carelearn.learning.rest;

/**
 * A launch: open {@code url} (in a frame or its own window as {@code launchMethod} says); {@code launchMode}
 * is the cmi5 launch mode the session runs in.
 */
public record LaunchDto(String sessionId, String url, String launchMethod, String launchMode) {
}
