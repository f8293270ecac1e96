package org.carelearn.competency.application;

import java.time.Instant;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.FrameworkVersion;

/** One published version of a framework as pages, REST and CASE export read it: its content and when it came. */
public record FrameworkVersionView(String frameworkIdentifier, int version, boolean latest,
        FrameworkDefinition definition, Instant publishedAt, String publishedBy) {

    static FrameworkVersionView of(FrameworkVersion version) {
        return new FrameworkVersionView(version.getFramework().getIdentifier(), version.getNumber(),
                version.getNumber() == version.getFramework().getLatestVersion(), version.definition(),
                version.getPublishedAt(), version.getPublishedBy());
    }
}
