package org.carelearn.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Wrapping;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/audit.xhtml: the trail, newest first, filtered by who, what, which record and a date range
 * (whole days in the hospital's zone).
 */
@Named
@ViewScoped
public class AuditLog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    @Inject
    private HospitalTime time;

    private LocalDate fromDate;
    private LocalDate untilDate;
    private Model model;

    @PostConstruct
    void init() {
        model = new Model();
    }

    public Model getModel() {
        return model;
    }

    /** Every kind of event, by its name in words. */
    public List<AuditAction> getActions() {
        return Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::label)).toList();
    }

    /** Every type of record, stored name to name in words, alphabetical by the latter. */
    public Map<String, String> getRecordTypes() {
        return AuditTarget.TYPES;
    }

    public String typeLabel(String type) {
        return AuditTarget.typeLabel(type);
    }

    /** A user name or record id as HTML that wraps only between its parts (see {@link Wrapping}). */
    public String wrappable(String text) {
        return Wrapping.atSeparators(text);
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public void setFromDate(LocalDate fromDate) {
        this.fromDate = fromDate;
    }

    public LocalDate getUntilDate() {
        return untilDate;
    }

    public void setUntilDate(LocalDate untilDate) {
        this.untilDate = untilDate;
    }

    AuditFilter filter(Map<String, FilterMeta> filterBy) {
        Instant from = fromDate == null ? null : fromDate.atStartOfDay(time.getZone()).toInstant();
        Instant until = untilDate == null ? null : untilDate.plusDays(1).atStartOfDay(time.getZone()).toInstant();
        String action = text(filterBy, "action");
        return new AuditFilter(text(filterBy, "actor"), action == null ? null : AuditAction.valueOf(action),
                text(filterBy, "targetType"), text(filterBy, "targetId"), from, until);
    }

    private static String text(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta meta = filterBy.get(field);
        Object value = meta == null ? null : meta.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    /** The table's pages; always newest first, which is how the trail is read. */
    public class Model extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(filter(filterBy));
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return trail.find(filter(filterBy), first, pageSize);
        }

    }
}
