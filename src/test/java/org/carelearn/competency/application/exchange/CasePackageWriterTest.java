package org.carelearn.competency.application.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CasePackageWriterTest {

    static final String PACKAGE_URI = "https://learning.test-hospital.example/api/competencies/frameworks/"
            + CaseSamples.FRAMEWORK + "/versions/1/case";
    private static final Instant PUBLISHED = Instant.parse("2026-11-30T09:15:42.123Z");

    /** 1EdTech's published CASE 1.1 CFPackage schema (src/test/resources/case/README.md), formats asserted. */
    static List<String> schemaErrors(String json) throws IOException {
        try (InputStream in = CasePackageWriterTest.class.getResourceAsStream(
                "/case/case_v1p1_cfpackage-jsonschema1.json")) {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09)
                    .getSchema(in, InputFormat.JSON);
            return schema.validate(json, InputFormat.JSON,
                    context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
                    .stream().map(Error::toString).toList();
        }
    }

    @Test
    void theExportValidatesAgainstTheCase11Schema() throws IOException {
        String json = new CasePackageWriter(PACKAGE_URI).write(CaseSamples.framework(), PUBLISHED).toString();

        assertEquals(List.of(), schemaErrors(json));
    }

    @Test
    void theSchemaCheckCatchesABrokenPackage() throws IOException {
        String broken = "{\"CFDocument\":{\"identifier\":\"not-a-uuid\",\"uri\":\"x\",\"title\":\"T\"},"
                + "\"CFItems\":[{\"identifier\":\"" + CaseSamples.PRIVACY + "\"}]}";

        List<String> errors = schemaErrors(broken);

        assertTrue(errors.stream().anyMatch(e -> e.contains("creator")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("fullStatement")), errors::toString);
        assertTrue(errors.stream().anyMatch(e -> e.contains("uuid")), errors::toString);
    }

    @Test
    void theTreeTypesAndScaleAreWhereOtherToolsLookForThem() {
        JsonObject pkg = new CasePackageWriter(PACKAGE_URI).write(CaseSamples.framework(), PUBLISHED);

        JsonObject document = pkg.getJsonObject("CFDocument");
        assertEquals("1.1", document.getString("caseVersion"));
        assertEquals("2026-11-30T09:15:42Z", document.getString("lastChangeDateTime"));
        assertEquals("Baile WF et al. SPIKES. The Oncologist 2000;5(4):302-311\n45 CFR 164.502 (HIPAA Privacy Rule)",
                document.getString("notes"));
        JsonObject privacy = pkg.getJsonArray("CFItems").getValuesAs(JsonObject.class).stream()
                .filter(i -> i.getString("identifier").equals(CaseSamples.PRIVACY)).findFirst().orElseThrow();
        assertEquals("Competency", privacy.getString("CFItemType"));
        assertEquals("Keeps what patients say private", privacy.getString("fullStatement"));
        assertEquals("Privacy", privacy.getString("abbreviatedStatement"));
        assertEquals("R.1", privacy.getString("humanCodingScheme"));
        assertTrue(pkg.getJsonArray("CFAssociations").getValuesAs(JsonObject.class).stream().anyMatch(a ->
                a.getString("associationType").equals("isChildOf")
                        && a.getJsonObject("originNodeURI").getString("identifier").equals(CaseSamples.PRIVACY)
                        && a.getJsonObject("destinationNodeURI").getString("identifier")
                                .equals(CaseSamples.DOMAIN_RIGHTS)));
        JsonObject rubric = pkg.getJsonArray("CFRubrics").getJsonObject(0);
        assertEquals("Three steps", rubric.getString("title"));
        JsonObject criterion = rubric.getJsonArray("CFRubricCriteria").getJsonObject(0);
        assertEquals(CaseSamples.HANDOVER, criterion.getJsonObject("CFItemURI").getString("identifier"));
        assertEquals(List.of("Developing", "Proficient", "Role model"), criterion
                .getJsonArray("CFRubricCriterionLevels").getValuesAs(JsonObject.class).stream()
                .map(l -> l.getString("quality")).toList());
    }

    @Test
    void exportingTwiceGivesTheSameFile() {
        CasePackageWriter writer = new CasePackageWriter(PACKAGE_URI);

        assertEquals(writer.write(CaseSamples.framework(), PUBLISHED).toString(),
                writer.write(CaseSamples.framework(), PUBLISHED).toString());
    }
}
