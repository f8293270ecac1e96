package org.carelearn.competency.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.carelearn.competency.application.FrameworkVersionView;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.DomainDefinition;
import org.omnifaces.cdi.Param;

/**
 * admin/framework.xhtml?id=UUID[&amp;version=N]: one framework version's content (scale, domains, competencies
 * with their indicators and notes, sources), its versions, and where each downloads as CASE.
 */
@Named
@RequestScoped
public class FrameworkPage {

    @Inject
    private Frameworks frameworks;

    @Inject
    @Param(name = "id")
    private String identifier;

    @Inject
    @Param(name = "version")
    private String versionNumber;

    private FrameworkVersionView view;
    private boolean looked;

    /** A domain with its competencies, in the framework's order; competencies outside any domain come last. */
    public record DomainGroup(DomainDefinition domain, List<CompetencyDefinition> competencies) {

        public String getTitle() {
            return domain == null ? "Not in a domain" : domain.title();
        }

        public String getCode() {
            return domain == null ? "" : domain.code();
        }

        public List<CompetencyDefinition> getCompetencies() {
            return competencies;
        }
    }

    public FrameworkVersionView getView() {
        if (!looked) {
            looked = true;
            if (identifier != null && !identifier.isBlank()) {
                view = versionNumber != null && versionNumber.matches("\\d{1,9}")
                        ? frameworks.version(identifier, Integer.parseInt(versionNumber)).orElse(null)
                        : frameworks.latest(identifier).orElse(null);
            }
        }
        return view;
    }

    public List<DomainGroup> getGroups() {
        if (getView() == null) {
            return List.of();
        }
        List<CompetencyDefinition> all = view.definition().competencies();
        List<DomainGroup> groups = new java.util.ArrayList<>(view.definition().domains().stream()
                .map(d -> new DomainGroup(d, all.stream().filter(c -> d.identifier().equals(c.domainIdentifier()))
                        .toList()))
                .toList());
        List<CompetencyDefinition> loose = all.stream().filter(c -> c.domainIdentifier() == null).toList();
        if (!loose.isEmpty()) {
            groups.add(new DomainGroup(null, loose));
        }
        return groups;
    }

    public List<FrameworkVersionView> getVersions() {
        return getView() == null ? List.of() : frameworks.versions(view.frameworkIdentifier());
    }

    /** The REST address the version downloads from as a CASE package (the admin's session signs it). */
    public String caseLink(FrameworkVersionView version) {
        return "/api/competencies/frameworks/" + version.frameworkIdentifier() + "/versions/" + version.version()
                + "/case";
    }
}
