package org.carelearn.audit.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.carelearn.audit.application.AuditTrail;
import org.carelearn.audit.domain.AuditAction;
import org.carelearn.audit.domain.AuditEvent;
import org.carelearn.audit.domain.AuditFilter;
import org.carelearn.audit.domain.AuditTarget;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.time.HospitalTime;
import org.carelearn.platform.web.Wrapping;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * leadership/audit.xhtml: the audit trail for leadership, newest first, filtered by person, action, record and
 * period in the address (a bookmarkable GET form, {@link AuditQuery}), and exported as CSV with the same filter
 * ({@link AuditTrailExport}). Nothing of a patient is in the trail: cases appear by their opaque id only.
 */
@Named
@ViewScoped
public class LeadershipAuditPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    @Inject
    private HospitalTime time;

    private AuditQuery query;
    private AuditFilter filter;
    private Model model;
    private String refusal;

    @PostConstruct
    void init() {
        query = AuditQuery.of(Faces::getRequestParameter);
        try {
            filter = query.filter(time.getZone());
            model = new Model();
        } catch (BusinessRuleException refused) {
            refusal = refused.getMessage();
        }
    }

    /** The page's view action: says why a filter that cannot be read was refused, before the page renders. */
    public void load() {
        if (refusal != null && !Faces.isPostback()) {
            Messages.addGlobalError(refusal);
        }
    }

    public Model getModel() {
        return model;
    }

    public AuditQuery getQuery() {
        return query;
    }

    /** The export's address: this filter as a query string. */
    public String getLink() {
        return query.link();
    }

    public List<AuditAction> getActions() {
        return Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::label)).toList();
    }

    public Map<String, String> getRecordTypes() {
        return AuditTarget.TYPES;
    }

    public String typeLabel(String type) {
        return AuditTarget.typeLabel(type);
    }

    public String wrappable(String text) {
        return Wrapping.atSeparators(text);
    }

    /** The filtered trail's pages, newest first. */
    public class Model extends LazyDataModel<AuditEvent> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) trail.count(filter);
        }

        @Override
        public List<AuditEvent> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return trail.find(filter, first, pageSize);
        }
    }
}
