package org.carelearn.audit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.Role;

/** /api/admin/audit: the trail, newest first. {@code from} and {@code until} are ISO-8601 instants. */
@Path("/admin/audit")
@RolesAllowed(Role.ADMIN_NAME)
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    /** One event as the API shows it. */
    public record AuditEventDto(long id, Instant occurredAt, String actor, AuditAction action, String targetType,
            String targetId, String detail, String remoteAddress) {

        static AuditEventDto of(AuditEvent e) {
            return new AuditEventDto(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getTargetType(),
                    e.getTargetId(), e.getDetail(), e.getRemoteAddress());
        }
    }

    /** One page of events, with the total that matches. */
    public record AuditPage(long total, List<AuditEventDto> events) {
    }

    @Inject
    private AuditTrail trail;

    @GET
    public AuditPage find(@QueryParam("actor") String actor, @QueryParam("action") AuditAction action,
            @QueryParam("targetType") String targetType, @QueryParam("targetId") String targetId,
            @QueryParam("from") String from, @QueryParam("until") String until,
            @QueryParam("first") @DefaultValue("0") @Min(0) int first,
            @QueryParam("max") @DefaultValue("100") @Min(1) @Max(1000) int max) {
        AuditFilter filter = new AuditFilter(actor, action, targetType, targetId, instant(from), instant(until));
        return new AuditPage(trail.count(filter),
                trail.find(filter, first, max).stream().map(AuditEventDto::of).toList());
    }

    private static Instant instant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new BusinessRuleException("'" + text
                    + "' is not an ISO-8601 instant such as 2026-11-28T09:00:00Z");
        }
    }
}
