package org.carelearn.competency.application.exchange;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.carelearn.competency.application.FrameworkVersionView;
import org.carelearn.competency.application.Frameworks;
import org.carelearn.competency.application.Publication;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.config.Settings;
import org.carelearn.platform.security.Actor;

/**
 * Frameworks in and out as CASE 1.1 files: an import is read whole, then published through {@link Frameworks} as
 * any framework is (a first version, a new version, or nothing when the content is unchanged), all in one
 * transaction, so a refused file stores nothing; an export is one stored version as a CFPackage.
 */
@ApplicationScoped
public class CaseExchange {

    @Inject
    private Frameworks frameworks;

    @Inject
    private Settings settings;

    /**
     * @throws CaseRefused with every reason the file cannot be imported, including a refusal by publishing (for
     *     example a competency identifier another framework already holds)
     */
    @Transactional
    public CaseImportResult importCase(Actor actor, String json) {
        CaseImport read = new CasePackageReader().read(json);
        FrameworkDefinition framework = read.framework();
        Publication publication;
        try {
            publication = frameworks.publish(actor, framework);
        } catch (CaseRefused e) {
            throw e;
        } catch (BusinessRuleException e) {
            throw new CaseRefused(List.of(e.getMessage()));
        }
        return new CaseImportResult(publication, framework.title(), framework.competencies().size(), read.notes());
    }

    /** The version as a CASE package, or empty when the framework has no such version. */
    public Optional<JsonObject> export(String frameworkIdentifier, int version) {
        return frameworks.version(frameworkIdentifier, version).map(this::export);
    }

    public JsonObject export(FrameworkVersionView view) {
        return new CasePackageWriter(packageUri(view.frameworkIdentifier(), view.version()))
                .write(view.definition(), view.publishedAt());
    }

    /** Where the REST API serves that version's CASE package, as each node's uri names it. */
    public String packageUri(String frameworkIdentifier, int version) {
        return settings.publicUrl() + "/api/competencies/frameworks/" + frameworkIdentifier + "/versions/" + version
                + "/case";
    }

    /** The file name an exported version downloads as. */
    public static String fileName(FrameworkVersionView view) {
        String slug = view.definition().title().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "framework" : slug) + "-v" + view.version() + ".case.json";
    }
}
