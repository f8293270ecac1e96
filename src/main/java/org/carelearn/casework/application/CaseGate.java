package org.carelearn.casework.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.casework.domain.CaseAccess;
import org.carelearn.casework.domain.CaseAccess.Visibility;
import org.carelearn.casework.domain.CaseAccessRefused;
import org.carelearn.casework.domain.CaseRecord;
import org.carelearn.casework.domain.CaseRepository;
import org.carelearn.platform.security.Actor;
import org.carelearn.platform.security.SignedInPerson;

/**
 * The one way to a single case: it is found and visible to the person, or it does not exist for them. A case they
 * may not see answers exactly as a missing one does, and the attempt is announced ({@link CaseAccessRefused}).
 */
@ApplicationScoped
public class CaseGate {

    /** A case and how much of it the person sees. */
    public record Opened(CaseRecord caseRecord, Visibility visibility, Map<String, CasePeople.Person> people,
            CaseAccess.Viewer viewer) {
    }

    @Inject
    private CaseRepository cases;

    @Inject
    private CaseProjection projection;

    @Inject
    private Event<CaseAccessRefused> refused;

    public static CaseAccess.Viewer viewer(SignedInPerson person) {
        return new CaseAccess.Viewer(person.employeeId(), person.roles());
    }

    /** The case, when the person may see any of it; empty (and the refusal announced) otherwise. */
    public Optional<Opened> open(Actor actor, SignedInPerson person, String publicId) {
        CaseAccess.Viewer viewer = viewer(person);
        Optional<CaseRecord> found = publicId == null ? Optional.empty() : cases.byPublicId(publicId.strip());
        if (found.isPresent()) {
            CaseRecord c = found.get();
            Map<String, CasePeople.Person> people = projection.peopleOf(List.of(c));
            Visibility visibility = projection.visibility(viewer, c, people);
            if (visibility != Visibility.NONE) {
                return Optional.of(new Opened(c, visibility, people, viewer));
            }
        }
        refused.fire(new CaseAccessRefused(actor, printable(publicId),
                found.isPresent() ? "not visible to them" : "no such case"));
        return Optional.empty();
    }

    /** The id as it was asked for, cut short: a refused request's id goes into the audit trail as given. */
    private static String printable(String publicId) {
        if (publicId == null) {
            return "";
        }
        String id = publicId.strip().replaceAll("[^A-Za-z0-9-]", "?");
        return id.length() > 36 ? id.substring(0, 36) : id;
    }
}
