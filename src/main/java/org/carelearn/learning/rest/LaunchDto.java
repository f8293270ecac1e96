package org.carelearn.learning.rest;

/** A launch: open {@code url} (in a frame or its own window as {@code launchMethod} says). */
public record LaunchDto(String sessionId, String url, String launchMethod) {
}
