package org.carelearn.staff.domain;

import org.carelearn.platform.security.Actor;

/**
 * An HR feed was refused or its writing failed, so nothing of it was imported. Unlike the other staff events this
 * one is fired whatever becomes of the surrounding transaction (there may be none, or one being rolled back): an
 * observer that keeps it must do so in a transaction of its own.
 *
 * @param fileName the name of the file refused
 * @param reason why, in words
 */
public record HrFeedRefused(Actor actor, String fileName, String reason) {
}
