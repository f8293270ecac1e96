package org.carelearn.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.learning.application.Enrolments;
import org.carelearn.learning.domain.AuStatus;
import org.carelearn.learning.domain.Enrolment;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * learning/index.xhtml, "My learning": what the learner has completed, the catalog courses they can still take,
 * and opening or resuming a course. The required courses and the ones they chose above them come from the
 * assignment context (its {@code RequiredLearning}), which knows what is required.
 */
@Named
@RequestScoped
public class MyLearning {

    @Inject
    private Enrolments enrolments;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private LessonLauncher launcher;

    private List<Enrolment> all;

    private List<CourseSummary> available;

    @PostConstruct
    void load() {
        all = enrolments.enrolmentsOf(currentPerson.employeeId());
    }

    public List<Enrolment> getCompleted() {
        return all.stream().filter(Enrolment::isCompleted).toList();
    }

    /** The catalog's courses the learner is not enrolled in: read once per request, as the page asks often. */
    public List<CourseSummary> getAvailable() {
        if (available == null) {
            available = enrolments.availableTo(currentPerson.employeeId());
        }
        return available;
    }

    /**
     * "Resume": straight into the first lesson not yet met, where that lesson's own saved state takes the
     * learner to the page they left; a course with none left opens its course page.
     */
    public void resume(long enrolmentId) {
        AuStatus next = enrolments.overview(currentPerson.employeeId(), enrolmentId).getNext();
        if (next == null) {
            Faces.redirect("learning/course.xhtml?enrolment=" + enrolmentId);
        } else {
            launcher.launch(enrolmentId, next.au().id());
        }
    }

    public void enrol(String courseIri) {
        try {
            Enrolment enrolment = enrolments.enrolSelf(currentActor.get(), currentPerson.employeeId(), courseIri);
            Messages.addFlashGlobalInfo("You are enrolled in \"{0}\".", enrolment.getCourseTitle());
            Faces.redirect("learning/course.xhtml?enrolment=" + enrolment.getId());
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }
}
