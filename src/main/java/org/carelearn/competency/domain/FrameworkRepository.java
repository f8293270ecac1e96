package org.carelearn.competency.domain;

import java.util.List;
import java.util.Optional;

/** Frameworks and their versions, the levels job roles need and the courses mapped to competencies. */
public interface FrameworkRepository {

    Optional<Framework> framework(String identifier);

    void add(Framework framework);

    void add(FrameworkVersion version);

    Optional<FrameworkVersion> version(String frameworkIdentifier, int number);

    /** The newest version of every framework, by title. */
    List<FrameworkVersion> latestVersions();

    /** The ids of the newest version of every framework, in {@link #latestVersions()}'s order: nothing else read. */
    List<Long> latestVersionIds();

    /** Every version of one framework, newest first. */
    List<FrameworkVersion> versions(String frameworkIdentifier);

    List<CompetencyRequirement> requirements();

    Optional<CompetencyRequirement> requirement(long id);

    void add(CompetencyRequirement requirement);

    void remove(CompetencyRequirement requirement);

    List<CourseMapping> mappings();

    List<CourseMapping> mappingsOfCourse(String courseIri);

    /** The courses mapped to a competency, the one showing the highest level first. */
    List<CourseMapping> mappingsOfCompetency(String competencyIdentifier);

    Optional<CourseMapping> mapping(long id);

    void add(CourseMapping mapping);

    void remove(CourseMapping mapping);
}
