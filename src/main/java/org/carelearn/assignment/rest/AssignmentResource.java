package org.carelearn.assignment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.carelearn.assignment.application.AssignmentAuthority;
import org.carelearn.assignment.application.AssignmentRules;
import org.carelearn.assignment.application.RuleCreated;
import org.carelearn.assignment.application.RuleDefinition;
import org.carelearn.assignment.application.Requirements;
import org.carelearn.assignment.domain.AssignmentRule;
import org.carelearn.assignment.domain.People;
import org.carelearn.catalog.application.Catalog;
import org.carelearn.catalog.application.CourseSummary;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.NotFoundException;
import org.carelearn.platform.rest.ErrorResponse;
import org.carelearn.platform.security.CurrentActor;
import org.carelearn.platform.security.CurrentPerson;
import org.carelearn.platform.security.Role;
import org.carelearn.platform.security.SignedInPerson;
import org.carelearn.platform.time.HospitalTime;

/**
 * /api/assignments: assignment rules, curricula and people's requirements, for the hospital's other systems.
 * An administrator may do anything; a manager works within their own line; a learner reads their own
 * requirements ({@link AssignmentAuthority}). A rule or curriculum the domain refuses is 422 with the reason,
 * and nothing of it is stored.
 */
@Path("/assignments")
@RolesAllowed({Role.LEARNER_NAME, Role.MANAGER_NAME, Role.LEADERSHIP_NAME, Role.ADMIN_NAME})
@Produces(MediaType.APPLICATION_JSON)
public class AssignmentResource {

    @Inject
    private AssignmentRules rules;

    @Inject
    private Requirements requirements;

    @Inject
    private AssignmentAuthority authority;

    @Inject
    private People people;

    @Inject
    private Catalog catalog;

    @Inject
    private CurrentPerson currentPerson;

    @Inject
    private CurrentActor currentActor;

    @Inject
    private HospitalTime time;

    @GET
    @Path("/rules")
    public List<RuleDto> activeRules() {
        SignedInPerson me = ruleManager();
        return rules.activeRules().stream().filter(authority.visibleTo(me)).map(RuleDto::of).toList();
    }

    @GET
    @Path("/rules/{ruleId}")
    public RuleDto rule(@PathParam("ruleId") long ruleId) {
        return RuleDto.of(visibleRule(ruleManager(), ruleId));
    }

    @POST
    @Path("/rules/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreviewDto preview(RuleRequest request) {
        SignedInPerson me = ruleManager();
        return refusedAs422(() -> {
            RuleDefinition definition = request == null ? null : request.toDefinition();
            return PreviewDto.of(me.has(Role.ADMIN) ? rules.preview(currentActor.get(), definition)
                    : rules.previewInLine(currentActor.get(), me.employeeId(), definition));
        });
    }

    @POST
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(RuleRequest request, @Context UriInfo uri) {
        SignedInPerson me = ruleManager();
        RuleCreated created = refusedAs422(() -> {
            RuleDefinition definition = request == null ? null : request.toDefinition();
            return me.has(Role.ADMIN) ? rules.create(currentActor.get(), definition)
                    : rules.createInLine(currentActor.get(), me.employeeId(), definition);
        });
        AssignmentRule rule = rules.rule(created.ruleId()).orElseThrow();
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.ruleId())).build())
                .entity(new RuleCreatedDto(RuleDto.of(rule), PreviewDto.of(created.preview()))).build();
    }

    /** Ends the rule: what only it required is required no more; every assignment it made stays as history. */
    @POST
    @Path("/rules/{ruleId}/end")
    public RuleDto end(@PathParam("ruleId") long ruleId) {
        visibleRule(ruleManager(), ruleId);
        refusedAs422(() -> {
            rules.end(currentActor.get(), ruleId);
            return null;
        });
        return RuleDto.of(rules.rule(ruleId).orElseThrow());
    }

    @GET
    @Path("/curricula")
    public List<CurriculumDto> curricula() {
        ruleManager();
        return rules.curricula().stream().map(CurriculumDto::of).toList();
    }

    @POST
    @Path("/curricula")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response defineCurriculum(CurriculumRequest request, @Context UriInfo uri) {
        ruleManager();
        CurriculumDto defined = refusedAs422(() -> {
            if (request == null) {
                throw new BusinessRuleException("Describe the curriculum: its name and its courses in order");
            }
            return CurriculumDto.of(rules.defineCurriculum(currentActor.get(), request.name(), request.courseIris(),
                    request.unlockInOrder()));
        });
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(defined.id())).build())
                .entity(defined).build();
    }

    /** What is required of a person: each course once, its state and due date, and the rules behind it. */
    @GET
    @Path("/people/{employeeId}/requirements")
    public List<RequirementDto> requirementsOf(@PathParam("employeeId") String employeeId) {
        SignedInPerson me = signedIn();
        if (!authority.mayRead(me, employeeId)) {
            throw new ForbiddenException("You can see your own requirements, and a manager those of the people in"
                    + " their line");
        }
        String id = people.person(employeeId).map(p -> p.employeeId())
                .orElseThrow(() -> new NotFoundException("No staff member with employee id " + employeeId));
        LocalDate today = time.today();
        Map<Long, String> ruleNames = new HashMap<>();
        return requirements.of(id).stream().map(r -> RequirementDto.of(r,
                catalog.course(r.courseIri()).map(CourseSummary::title).orElse(r.courseIri()), today,
                ruleId -> ruleNames.computeIfAbsent(ruleId,
                        key -> rules.rule(key).map(AssignmentRule::getName).orElse(null))))
                .toList();
    }

    private SignedInPerson signedIn() {
        return currentPerson.get().orElseThrow(() -> new ForbiddenException("Your account has no staff record"));
    }

    /** The caller, who must be an administrator or a manager to work with rules and curricula. */
    private SignedInPerson ruleManager() {
        SignedInPerson me = signedIn();
        if (!authority.managesRules(me)) {
            throw new ForbiddenException("Only managers and administrators work with assignment rules");
        }
        return me;
    }

    private AssignmentRule visibleRule(SignedInPerson me, long ruleId) {
        return rules.rule(ruleId).filter(authority.visibleTo(me))
                .orElseThrow(() -> new NotFoundException("There is no assignment rule " + ruleId));
    }

    /**
     * A refused rule is content the server understood and will not accept: 422 (RFC 9110, 15.5.21) with the
     * reason, in the one error shape. A missing record stays 404; a body that is not JSON stays 400.
     */
    private static <T> T refusedAs422(Supplier<T> action) {
        try {
            return action.get();
        } catch (NotFoundException e) {
            throw e;
        } catch (BusinessRuleException e) {
            throw new WebApplicationException(Response.status(422).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ErrorResponse.of(422, e.getMessage())).build());
        }
    }
}
