package org.carelearn.competency.application.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.junit.jupiter.api.Test;

class CasePackageReaderTest {

    private final CasePackageReader reader = new CasePackageReader();

    private static String exported() {
        return new CasePackageWriter(CasePackageWriterTest.PACKAGE_URI)
                .write(CaseSamples.framework(), Instant.parse("2026-11-30T09:00:00Z")).toString();
    }

    private List<String> refusal(String json) {
        return assertThrows(CaseRefused.class, () -> reader.read(json)).reasons();
    }

    @Test
    void anExportReadsBackAsAnEqualFramework() {
        CaseImport read = reader.read(exported());

        assertEquals(CaseSamples.framework(), read.framework());
        assertEquals(List.of(), read.notes());
    }

    @Test
    void aPackageWrappedInCFPackageReadsToo() {
        String wrapped = "{\"CFPackage\":" + exported() + "}";

        assertEquals(CaseSamples.framework(), reader.read(wrapped).framework());
    }

    @Test
    void malformedJsonIsRefusedWithWhereItBreaks() {
        List<String> reasons = refusal("{\"CFDocument\": {\"identifier\": ");

        assertEquals(1, reasons.size());
        assertTrue(reasons.get(0).startsWith("The file is not well-formed JSON (line 1, column"), reasons::toString);
    }

    @Test
    void aPackageWithoutCFDocumentIsRefused() {
        JsonObject pkg = Json.createObjectBuilder(parse(exported())).remove("CFDocument").build();

        assertTrue(refusal(pkg.toString()).contains("The package has no CFDocument: CASE needs one describing the"
                + " framework (its identifier, title and creator)"));
    }

    @Test
    void anAssociationToAnUnknownItemIsRefused() {
        String json = exported().replace("\"destinationNodeURI\":{\"title\":\"Rights and dignity\",\"identifier\":\""
                + CaseSamples.DOMAIN_RIGHTS, "\"destinationNodeURI\":{\"title\":\"Gone\",\"identifier\":\""
                + "00000000-0000-4000-8000-000000000000");

        List<String> reasons = refusal(json);

        assertTrue(reasons.stream().anyMatch(r -> r.contains("under 00000000-0000-4000-8000-000000000000, which is"
                + " neither the CFDocument nor an item of the package")), reasons::toString);
    }

    @Test
    void duplicateIdentifiersAreRefused() {
        String json = exported().replace(CaseSamples.HANDOVER, CaseSamples.PRIVACY);

        List<String> reasons = refusal(json);

        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("The identifier " + CaseSamples.PRIVACY
                + " is used twice in the package")), reasons::toString);
    }

    @Test
    void aCompetencyWithoutAStatementIsRefused() {
        String json = exported().replace("\"fullStatement\":\"Keeps what patients say private\"",
                "\"fullStatement\":\"  \"");

        List<String> reasons = refusal(json);

        assertTrue(reasons.contains("The CFItem " + CaseSamples.PRIVACY + " has no fullStatement: every competency,"
                + " domain and indicator needs its statement"), reasons::toString);
    }

    @Test
    void everyReasonIsListedNotOnlyTheFirst() {
        String json = exported()
                .replace("\"title\":\"Sample bedside skills\",", "")
                .replace("\"fullStatement\":\"Keeps what patients say private\"", "\"fullStatement\":\"\"")
                .replace("\"identifier\":\"" + CaseSamples.LISTENING + "\",\"fullStatement\"",
                        "\"identifier\":\"listening\",\"fullStatement\"");

        List<String> reasons = refusal(json);

        assertTrue(reasons.contains("The CFDocument has no title"), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("has no fullStatement")), reasons::toString);
        assertTrue(reasons.stream().anyMatch(r -> r.contains("needs a UUID as its identifier, not \"listening\"")),
                reasons::toString);
        assertTrue(reasons.size() >= 3, reasons::toString);
    }

    @Test
    void anUntypedThreeLevelTreeIsPlacedByItsShapeAndGetsTheTwoLevelScale() {
        String doc = "11111111-1111-4111-8111-111111111111";
        String area = "22222222-2222-4222-8222-222222222222";
        String skill = "33333333-3333-4333-8333-333333333333";
        String sign = "44444444-4444-4444-8444-444444444444";
        String json = """
                {"CFDocument": {"identifier": "%s", "uri": "https://other.example/d", "creator": "Other Org",
                  "title": "Their framework", "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                 "CFItems": [
                  {"identifier": "%s", "fullStatement": "Communication", "humanCodingScheme": "C",
                   "uri": "https://other.example/a", "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                  {"identifier": "%s", "fullStatement": "Explains plans in plain words", "humanCodingScheme": "C.1",
                   "uri": "https://other.example/s", "lastChangeDateTime": "2024-01-01T00:00:00+00:00"},
                  {"identifier": "%s", "fullStatement": "Avoids jargon", "uri": "https://other.example/i",
                   "lastChangeDateTime": "2024-01-01T00:00:00+00:00"}],
                 "CFAssociations": [
                  {"identifier": "55555555-5555-4555-8555-555555555555", "associationType": "isChildOf",
                   "originNodeURI": {"identifier": "%s", "title": "C", "uri": "x"},
                   "destinationNodeURI": {"identifier": "%s", "title": "D", "uri": "x"}},
                  {"identifier": "66666666-6666-4666-8666-666666666666", "associationType": "isChildOf",
                   "originNodeURI": {"identifier": "%s", "title": "C.1", "uri": "x"},
                   "destinationNodeURI": {"identifier": "%s", "title": "C", "uri": "x"}},
                  {"identifier": "77777777-7777-4777-8777-777777777777", "associationType": "isChildOf",
                   "originNodeURI": {"identifier": "%s", "title": "i", "uri": "x"},
                   "destinationNodeURI": {"identifier": "%s", "title": "C.1", "uri": "x"}},
                  {"identifier": "88888888-8888-4888-8888-888888888888", "associationType": "exactMatchOf",
                   "originNodeURI": {"identifier": "%s", "title": "C.1", "uri": "x"},
                   "destinationNodeURI": {"identifier": "99999999-9999-4999-8999-999999999999", "title": "e",
                     "uri": "https://elsewhere.example/e"}}]}
                """.formatted(doc, area, skill, sign, area, doc, skill, area, sign, skill, skill);

        CaseImport read = reader.read(json);

        FrameworkDefinition framework = read.framework();
        assertEquals(doc, framework.identifier());
        assertEquals("Other Org", framework.publisher());
        assertEquals(List.of(area), framework.domains().stream().map(d -> d.identifier()).toList());
        assertEquals(skill, framework.competencies().get(0).identifier());
        assertEquals(area, framework.competencies().get(0).domainIdentifier());
        assertEquals("Explains plans in plain words", framework.competencies().get(0).title());
        assertEquals(List.of(sign), framework.competencies().get(0).indicators().stream()
                .map(i -> i.identifier()).toList());
        assertEquals(CaseScaleReader.TWO_LEVELS, framework.scale());
        assertTrue(read.notes().get(0).startsWith("The package carries no proficiency levels"), read.notes()::toString);
    }

    @Test
    void aTreeDeeperThanThreeLevelsIsRefusedNamingTheItem() {
        // The domain "Rights and dignity" moved under the other domain: four levels.
        String nested = exported().replace("\"originNodeURI\":{\"title\":\"Rights and dignity\",\"identifier\":\""
                + CaseSamples.DOMAIN_RIGHTS + "\",\"uri\":\"" + CasePackageWriterTest.PACKAGE_URI + "#"
                + CaseSamples.DOMAIN_RIGHTS + "\"},\"destinationNodeURI\":{\"title\":\"Sample bedside skills\","
                + "\"identifier\":\"" + CaseSamples.FRAMEWORK, "\"originNodeURI\":{\"title\":\"Rights and dignity\","
                + "\"identifier\":\"" + CaseSamples.DOMAIN_RIGHTS + "\",\"uri\":\"x\"},\"destinationNodeURI\":"
                + "{\"title\":\"Talking\",\"identifier\":\"" + CaseSamples.DOMAIN_TALK);

        List<String> reasons = refusal(nested);

        assertTrue(reasons.stream().anyMatch(r -> r.contains("\"Rights and dignity\"") && r.contains("cannot be a"
                + " domain where it sits (under a domain)")), reasons::toString);
    }

    private static JsonObject parse(String json) {
        try (var in = Json.createReader(new java.io.StringReader(json))) {
            return in.readObject();
        }
    }
}
