package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.learning.domain.Learner;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.time.HospitalTime;

/** Gives each staff member who learns an xAPI identity, once, and answers with it. */
@ApplicationScoped
public class Learners {

    @Inject
    private LearningRepository repository;

    @Inject
    private Settings settings;

    @Inject
    private HospitalTime time;

    @Inject
    private LrsGateway lrs;

    @Inject
    private Catalog catalog;

    /** The learner's record, created on first need. */
    @Transactional
    public Learner learner(String employeeId) {
        return repository.learner(employeeId).orElseGet(() -> {
            Learner learner = new Learner(employeeId, time.now());
            repository.add(learner);
            return learner;
        });
    }

    /**
     * The learner's cmi5 preferences (section 11): the languages lessons should use, first choice first,
     * and whether audio plays. Lessons read them at launch.
     */
    @Transactional
    public LearnerPreferences preferences(String employeeId) {
        return lrs.learnerPreferences(agentOf(employeeId))
                .map(p -> new LearnerPreferences(p.getString("languagePreference", "en-US"),
                        p.getString("audioPreference", "on")))
                .orElse(LearnerPreferences.DEFAULT);
    }

    /**
     * The languages the learner's lessons can honour: those their courses are written in (cmi5.xml), the
     * one CareLearn's own courses use first. A language preference no course has would change nothing.
     */
    public List<String> lessonLanguages(String employeeId) {
        Set<String> tags = new LinkedHashSet<>();
        tags.add("en-US");
        repository.enrolmentsOf(employeeId).stream().map(Enrolment::getCourseVersionId).distinct()
                .forEach(version -> tags.addAll(catalog.languages(version)));
        return List.copyOf(tags);
    }

    @Transactional
    public void savePreferences(String employeeId, LearnerPreferences preferences) {
        lrs.saveLearnerPreferences(agentOf(employeeId), preferences.languagePreference(),
                preferences.audioPreference());
    }

    /** The agent statements about this staff member carry (cmi5 9.2: an account, no personal data). */
    @Transactional
    public JsonObject agentOf(String employeeId) {
        return learner(employeeId).agent(settings.lmsIri());
    }
}
