package org.carelearn.competency.rest;

import java.time.Instant;
import java.util.List;
import org.carelearn.competency.application.FrameworkVersionView;
import org.carelearn.competency.application.exchange.CaseImportResult;

/** What /api/competencies/frameworks answers with: small records, never the stored entities. */
public final class FrameworkDtos {

    private FrameworkDtos() {
    }

    /** A framework's newest version, and where to fetch it as CASE. */
    public record FrameworkDto(String identifier, String title, String publisher, int latestVersion, String versionLabel,
            String scale, int competencies, Instant publishedAt, String caseUri) {

        static FrameworkDto of(FrameworkVersionView view, String caseUri) {
            return new FrameworkDto(view.frameworkIdentifier(), view.definition().title(),
                    view.definition().publisher(), view.version(), view.definition().versionLabel(),
                    view.definition().scale().name(), view.definition().competencies().size(), view.publishedAt(),
                    caseUri);
        }
    }

    /** What an import did: the version made (or that the content was unchanged) and notes on how it was read. */
    public record ImportDto(String frameworkIdentifier, int version, boolean created, String message, List<String> notes) {

        static ImportDto of(CaseImportResult result) {
            return new ImportDto(result.publication().frameworkIdentifier(), result.publication().version(),
                    result.publication().created(), result.publication().message(), result.notes());
        }
    }
}
