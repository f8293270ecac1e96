package org.carelearn.catalog.domain;

import java.util.List;
import java.util.Optional;

public interface CourseRepository {

    Optional<Course> findByIri(String iri);

    /** The course, locked until the transaction ends, so that two imports of it number their versions in turn. */
    Optional<Course> findByIriForUpdate(String iri);

    void add(Course course);

    void addVersion(CourseVersion version);

    /** Writes what is pending, so that a new version has its id. */
    void flush();

    Optional<CourseVersion> findVersion(long versionId);

    /** The latest version of every course, by title. */
    List<CourseVersion> latestVersions();

    /** Every course (its IRI, latest title and availability), by title: no version is read. */
    List<Course> all();

    /** A course's versions, newest first. */
    List<CourseVersion> versions(String courseIri);
}
