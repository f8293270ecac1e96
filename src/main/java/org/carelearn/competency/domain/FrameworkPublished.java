package org.carelearn.competency.domain;

import org.carelearn.platform.security.Actor;

/** A framework's first or next version was published; fired in the transaction that stored it. */
public record FrameworkPublished(Actor actor, String frameworkIdentifier, int version, String detail) {
}
