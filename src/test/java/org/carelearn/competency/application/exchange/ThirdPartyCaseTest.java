package org.carelearn.competency.application.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.junit.jupiter.api.Test;

/** A CASE 1.0 package OpenSALT published (src/test/resources/case/third-party/README.md), read as CareLearn holds it. */
class ThirdPartyCaseTest {

    static String opensaltExcerpt() throws IOException {
        try (InputStream in = ThirdPartyCaseTest.class.getResourceAsStream(
                "/case/third-party/opensalt-ccss-ratios-excerpt.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void itsIdentifiersTreeAndCodesAreKept() throws IOException {
        CaseImport read = new CasePackageReader().read(opensaltExcerpt());

        FrameworkDefinition framework = read.framework();
        assertEquals("20c5134f-423d-4097-a971-3dd5152bf507", framework.identifier());
        assertEquals("What Standards Could Be", framework.title());
        assertEquals("Brandon Dorman", framework.publisher());
        assertEquals(List.of("edfce0e7-dbbf-40d5-af1a-baccabef85e9", "ddcf67a6-abf2-4df1-8d95-8752d65f0ec2"),
                framework.domains().stream().map(d -> d.identifier()).toList());
        CompetencyDefinition ratios = framework.competency("d83a65ed-770c-4dbe-a505-11e5e17a9a79");
        assertEquals("CCSS.Math.Content.6.RP.A.3", ratios.code());
        assertEquals("edfce0e7-dbbf-40d5-af1a-baccabef85e9", ratios.domainIdentifier());
        assertEquals(List.of("acc5bce4-435f-47b3-b5aa-2ebb459061b0", "7404f29a-ebc2-45f3-a8c8-921b8772ebc8"),
                ratios.indicators().stream().map(IndicatorDefinition::identifier).limit(2).toList());
        assertEquals(4, ratios.indicators().size());
        assertEquals(2, framework.competencies().size());
        assertEquals(CaseScaleReader.TWO_LEVELS, framework.scale());
        assertEquals(1, read.notes().size());
    }

    @Test
    void itsExportValidatesAndReadsBackEqual() throws IOException {
        FrameworkDefinition framework = new CasePackageReader().read(opensaltExcerpt()).framework();
        String exported = new CasePackageWriter(CasePackageWriterTest.PACKAGE_URI)
                .write(framework, java.time.Instant.parse("2026-12-01T00:00:00Z")).toString();

        assertEquals(List.of(), CasePackageWriterTest.schemaErrors(exported));
        CaseImport again = new CasePackageReader().read(exported);
        assertEquals(framework, again.framework());
        assertNull(again.notes().stream().findFirst().orElse(null), "the scale travels in the export");
    }
}
