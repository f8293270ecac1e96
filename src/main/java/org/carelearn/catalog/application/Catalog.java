package org.carelearn.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.carelearn.catalog.application.CourseAvailabilityChanged.Change;
import org.carelearn.catalog.domain.Cmi5Xml;
import org.carelearn.catalog.domain.Course;
import org.carelearn.catalog.domain.CourseAvailability;
import org.carelearn.catalog.domain.CourseFiles;
import org.carelearn.catalog.domain.CourseRepository;
import org.carelearn.catalog.domain.CourseVersion;
import org.carelearn.catalog.domain.PackageFile;
import org.carelearn.catalog.domain.PackageLimits;
import org.carelearn.catalog.domain.PackageZip;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * The course catalog: admins import cmi5 packages, and every context reads courses and their versions
 * here. An import is one transaction: the version row, its files and the {@link CourseVersionImported} observed
 * in it commit together, and a refused package stores nothing (only {@link CoursePackageRefused} is announced).
 */
@ApplicationScoped
public class Catalog {

    private final Map<Long, CourseVersionView> readVersions = new ConcurrentHashMap<>();
    /** Versions never change once imported, so neither do their languages. */
    private final Map<Long, List<String>> versionLanguages = new ConcurrentHashMap<>();

    @Inject
    private CourseRepository courses;

    @Inject
    private CourseFiles files;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<CourseVersionImported> imported;

    @Inject
    private Event<CoursePackageRefused> refused;

    @Inject
    private Event<CourseAvailabilityChanged> availabilityChanged;

    /**
     * Imports a zip package or a cmi5.xml on its own (told apart by their first bytes). A course that is
     * already in the catalog gets its next version; earlier versions stay as they were.
     *
     * @throws PackageRejected with every reason, when the package breaks cmi5 or CareLearn's limits
     */
    @Transactional
    public CourseVersionView importPackage(String fileName, InputStream content, Actor actor) {
        String name = fileName == null || fileName.isBlank() ? "upload" : fileName.strip();
        try (CheckedPackage checked = check(name, content, actor)) {
            String iri = checked.structure().id();
            Course course = courses.findByIriForUpdate(iri).orElseGet(() -> {
                Course added = new Course(iri);
                courses.add(added);
                return added;
            });
            CourseVersion version = course.addVersion(checked.structure(), checked.structureXml(), checked.kind(),
                    name, checked.sha256(), checked.size(), time.now(), actor.username());
            courses.addVersion(version);
            courses.flush();
            for (PackageFile file : checked.files()) {
                try (InputStream in = checked.open(file)) {
                    files.add(version.getId(), file, in);
                }
            }
            imported.fire(new CourseVersionImported(iri, version.getId(), version.getNumber(), actor, "version "
                    + version.getNumber() + " from " + name + ": " + version.getAuCount() + " AUs, "
                    + checked.files().size() + " files, " + checked.size() + " bytes, sha-256 " + checked.sha256()));
            return CourseVersionView.of(version);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the files of " + name, e);
        }
    }

    private CheckedPackage check(String name, InputStream content, Actor actor) {
        try {
            return CheckedPackage.check(name, content, limits());
        } catch (PackageRejected rejected) {
            refused.fire(new CoursePackageRefused(actor, name,
                    rejected.getMessage() + ": " + String.join("; ", rejected.reasons())));
            throw rejected;
        }
    }

    /** The limits of the next import (system properties, read each time so an admin's change needs no restart). */
    public PackageLimits limits() {
        return PackageLimits.fromSystemProperties();
    }

    /** The latest version of every course, by title. */
    public List<CourseSummary> courses() {
        return courses.latestVersions().stream().map(CourseSummary::of).toList();
    }

    /** The courses staff may choose themselves, by title. */
    public List<CourseSummary> offeredCourses() {
        return courses().stream().filter(c -> c.availability() == CourseAvailability.OFFERED).toList();
    }

    /**
     * Every course's latest title by its IRI, read in one query: for pages that name many courses at once (a
     * competency profile names the course behind each completion), where {@link #course} would read each one's
     * versions.
     */
    public Map<String, String> titles() {
        Map<String, String> titles = new HashMap<>();
        courses.all().forEach(c -> titles.put(c.getIri(), c.getTitle()));
        return titles;
    }

    /** One course with its latest version. */
    public Optional<CourseSummary> course(String courseIri) {
        return courses.versions(courseIri).stream().findFirst().map(CourseSummary::of);
    }

    /**
     * Moves a course into the learners' catalog, out of it, into retirement or back; audited. Enrolments are
     * untouched: retiring a course only stops new ones.
     *
     * @throws org.carelearn.platform.BusinessRuleException when the course is there already
     */
    @Transactional
    public CourseSummary changeAvailability(Actor actor, String courseIri, CourseAvailability availability) {
        Course course = courses.findByIriForUpdate(courseIri)
                .orElseThrow(() -> new NotFoundException("There is no course " + courseIri + " in the catalog"));
        Change change = switch (availability) {
            case OFFERED -> {
                course.offer();
                yield Change.OFFERED;
            }
            case RETIRED -> {
                course.retire();
                yield Change.RETIRED;
            }
            case NOT_OFFERED -> {
                if (course.isRetired()) {
                    course.returnFromRetirement();
                    yield Change.REINSTATED;
                }
                course.stopOffering();
                yield Change.NOT_OFFERED;
            }
        };
        availabilityChanged.fire(new CourseAvailabilityChanged(actor, courseIri, change, course.getTitle() + ": "
                + course.getAvailability().getLabel().toLowerCase(Locale.ROOT)));
        return course(courseIri).orElseThrow();
    }

    public Optional<CourseVersionView> latest(String courseIri) {
        return courses.versions(courseIri).stream().findFirst().map(CourseVersionView::of);
    }

    /**
     * One version. Versions never change once imported, so each is read and its structure parsed once and
     * then kept: the cmi5 runtime asks for it on every statement batch of a session.
     */
    public Optional<CourseVersionView> version(long versionId) {
        CourseVersionView known = readVersions.get(versionId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CourseVersionView> found = courses.findVersion(versionId).map(CourseVersionView::of);
        found.ifPresent(view -> readVersions.put(versionId, view));
        return found;
    }

    /** A course's versions, newest first. */
    public List<CourseVersionView> versions(String courseIri) {
        return courses.versions(courseIri).stream().map(CourseVersionView::of).toList();
    }

    /** A file of a packaged version, for the content servlet. */
    public Optional<PackageFile> file(long versionId, String path) {
        return files.find(versionId, path);
    }

    /** The languages a version's course structure is written in (cmi5.xml's langstrings), e.g. en-US, es. */
    public List<String> languages(long versionId) {
        return versionLanguages.computeIfAbsent(versionId, this::readLanguages);
    }

    private List<String> readLanguages(long versionId) {
        ByteArrayOutputStream structure = new ByteArrayOutputStream();
        try {
            return copyFile(versionId, PackageZip.STRUCTURE, structure) ? Cmi5Xml.languages(structure.toByteArray())
                    : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the course structure of version " + versionId, e);
        }
    }

    /** Streams a file of a packaged version; false if it does not exist. */
    public boolean copyFile(long versionId, String path, OutputStream out) throws IOException {
        return files.copy(versionId, path, out);
    }
}
