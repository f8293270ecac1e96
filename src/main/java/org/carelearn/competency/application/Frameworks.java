package org.carelearn.competency.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.CompetencyRequirement;
import org.carelearn.competency.domain.CourseMapping;
import org.carelearn.competency.domain.Framework;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.FrameworkPublished;
import org.carelearn.competency.domain.FrameworkRepository;
import org.carelearn.competency.domain.FrameworkVersion;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.time.HospitalTime;

/**
 * Publishes frameworks and reads them back. Publishing makes version 1 of a new framework, or the next version
 * when the content differs from the latest; the same content again makes nothing and says so. A new version may
 * not drop a competency, nor shorten the scale below a level, that requirements or course mappings still use: they
 * are removed first, so nothing is left pointing at what no longer exists.
 */
@ApplicationScoped
public class Frameworks {

    @Inject
    private FrameworkRepository repository;

    @Inject
    private HospitalTime time;

    @Inject
    private Event<FrameworkPublished> published;

    @Transactional
    public Publication publish(Actor actor, FrameworkDefinition definition) {
        if (definition == null) {
            throw new BusinessRuleException("There is no framework to publish");
        }
        Optional<Framework> existing = repository.framework(definition.identifier());
        requireIdentifiersOwn(definition);
        Framework framework;
        if (existing.isPresent()) {
            framework = existing.get();
            FrameworkVersion latest = repository.version(framework.getIdentifier(), framework.getLatestVersion())
                    .orElseThrow();
            if (latest.sameContentAs(definition)) {
                return new Publication(framework.getIdentifier(), latest.getNumber(), false, "\""
                        + definition.title() + "\" is unchanged: version " + latest.getNumber()
                        + " has the same content, so no new version was made");
            }
            requireStillUsable(definition);
        } else {
            framework = Framework.first(definition, time.now(), actor.username());
            repository.add(framework);
        }
        FrameworkVersion version = framework.publish(definition, time.now(), actor.username());
        repository.add(version);
        String message = "\"" + definition.title() + "\" version " + version.getNumber()
                + (definition.versionLabel().isEmpty() ? "" : " (" + definition.versionLabel() + ")") + " published: "
                + definition.competencies().size() + " competencies on the scale " + definition.scale().name();
        published.fire(new FrameworkPublished(actor, framework.getIdentifier(), version.getNumber(), message));
        return new Publication(framework.getIdentifier(), version.getNumber(), true, message);
    }

    /** A competency identifier belongs to one framework: another framework may not claim it. */
    private void requireIdentifiersOwn(FrameworkDefinition definition) {
        for (FrameworkVersion other : repository.latestVersions()) {
            if (other.getFramework().getIdentifier().equals(definition.identifier())) {
                continue;
            }
            Set<String> theirs = new HashSet<>();
            other.definition().competencies().forEach(c -> theirs.add(c.identifier()));
            for (CompetencyDefinition competency : definition.competencies()) {
                if (theirs.contains(competency.identifier())) {
                    throw new BusinessRuleException("The competency " + competency.title() + " ("
                            + competency.identifier() + ") already belongs to the framework \""
                            + other.definition().title() + "\"");
                }
            }
        }
    }

    private void requireStillUsable(FrameworkDefinition definition) {
        Map<String, CompetencyDefinition> kept = new HashMap<>();
        definition.competencies().forEach(c -> kept.put(c.identifier(), c));
        int top = definition.scale().levels().size();
        List<String> problems = new ArrayList<>();
        for (CompetencyRequirement r : repository.requirements()) {
            check(definition.identifier(), kept, top, r.getCompetencyIdentifier(), r.getLevelNeeded(), "the job role " + r.getJobRoleCode()
                    + " needs it", problems);
        }
        for (CourseMapping m : repository.mappings()) {
            check(definition.identifier(), kept, top, m.getCompetencyIdentifier(), m.getLevelShown(), "the course " + m.getCourseIri()
                    + " is mapped to it", problems);
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException("The new version of \"" + definition.title() + "\" cannot be published: "
                    + String.join("; ", problems));
        }
    }

    private void check(String framework, Map<String, CompetencyDefinition> kept, int top, String competency, int level, String use,
            List<String> problems) {
        Optional<CompetencyEntry> now = competency(competency);
        if (now.isEmpty() || !now.get().frameworkIdentifier().equals(framework)) {
            return;
        }
        if (!kept.containsKey(competency)) {
            problems.add(now.get().title() + " is left out but " + use + " (remove that first)");
        } else if (level > top) {
            problems.add(kept.get(competency).title() + " is needed at level " + level + " but the scale now ends"
                    + " at " + top + " (" + use + ")");
        }
    }

    /** The newest version of the framework. */
    public Optional<FrameworkVersionView> latest(String frameworkIdentifier) {
        return repository.framework(normal(frameworkIdentifier))
                .flatMap(f -> repository.version(f.getIdentifier(), f.getLatestVersion()))
                .map(FrameworkVersionView::of);
    }

    public Optional<FrameworkVersionView> version(String frameworkIdentifier, int number) {
        return repository.version(normal(frameworkIdentifier), number).map(FrameworkVersionView::of);
    }

    /** Every version of the framework, newest first. */
    public List<FrameworkVersionView> versions(String frameworkIdentifier) {
        return repository.versions(normal(frameworkIdentifier)).stream().map(FrameworkVersionView::of).toList();
    }

    /** The newest version of every framework, by title. */
    public List<FrameworkVersionView> list() {
        return repository.latestVersions().stream().map(FrameworkVersionView::of).toList();
    }

    /**
     * Every competency of every framework's newest version, framework by framework in their own order. Kept for as
     * long as the newest versions are the same ones (their ids, read each time, say so on every node): a version
     * never changes once published, and reading and parsing every framework's content was a fifth of a competency
     * profile's time, asked three times a page (CompetencyBench, README "Benchmarks").
     */
    public List<CompetencyEntry> competencies() {
        List<Long> ids = repository.latestVersionIds();
        Known known = this.known;
        if (known != null && known.versionIds().equals(ids)) {
            return known.entries();
        }
        List<CompetencyEntry> all = new ArrayList<>();
        List<Long> read = new ArrayList<>();
        for (FrameworkVersion version : repository.latestVersions()) {
            read.add(version.getId());
            FrameworkDefinition definition = version.definition();
            definition.competencies().forEach(c -> all.add(new CompetencyEntry(definition.identifier(),
                    definition.title(), version.getNumber(), definition.scale(), c)));
        }
        List<CompetencyEntry> entries = List.copyOf(all);
        this.known = new Known(List.copyOf(read), entries);
        return entries;
    }

    /** The competencies of the newest versions last read, and those versions' ids. */
    private record Known(List<Long> versionIds, List<CompetencyEntry> entries) {
    }

    private volatile Known known;

    /** The competency as the newest version of its framework defines it. */
    public Optional<CompetencyEntry> competency(String competencyIdentifier) {
        String wanted = normal(competencyIdentifier);
        return competencies().stream().filter(c -> c.identifier().equals(wanted)).findFirst();
    }

    /** The newest version of the framework that holds the competency, as stored: what evidence is given against. */
    Optional<FrameworkVersion> latestHolding(String competencyIdentifier) {
        String wanted = normal(competencyIdentifier);
        return repository.latestVersions().stream().filter(v -> v.definition().competencies().stream()
                .anyMatch(c -> c.identifier().equals(wanted))).findFirst();
    }

    private static String normal(String identifier) {
        return identifier == null ? "" : identifier.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
