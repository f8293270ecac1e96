package org.carelearn.competency.domain;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;

/**
 * A {@link FrameworkDefinition} as the JSON a stored version keeps: every field, in CareLearn's own shape (not
 * CASE's, which has its own mapping), so that reading it back gives an equal definition. The field names are
 * part of the stored data: add fields, never rename them.
 */
public final class FrameworkJson {

    private FrameworkJson() {
    }

    public static String write(FrameworkDefinition definition) {
        JsonArrayBuilder levels = Json.createArrayBuilder();
        definition.scale().levels().forEach(l -> levels.add(Json.createObjectBuilder().add("rank", l.rank())
                .add("name", l.name()).add("description", l.description())));
        JsonArrayBuilder domains = Json.createArrayBuilder();
        definition.domains().forEach(d -> domains.add(Json.createObjectBuilder().add("identifier", d.identifier())
                .add("code", d.code()).add("title", d.title())));
        JsonArrayBuilder competencies = Json.createArrayBuilder();
        definition.competencies().forEach(c -> competencies.add(competency(c)));
        JsonArrayBuilder sources = Json.createArrayBuilder();
        definition.sources().forEach(sources::add);
        return Json.createObjectBuilder().add("identifier", definition.identifier()).add("title", definition.title())
                .add("description", definition.description()).add("publisher", definition.publisher())
                .add("versionLabel", definition.versionLabel()).add("language", definition.language())
                .add("scale", Json.createObjectBuilder().add("name", definition.scale().name()).add("levels", levels))
                .add("domains", domains).add("competencies", competencies).add("sources", sources).build().toString();
    }

    private static JsonObjectBuilder competency(CompetencyDefinition c) {
        JsonArrayBuilder indicators = Json.createArrayBuilder();
        c.indicators().forEach(i -> indicators.add(Json.createObjectBuilder().add("identifier", i.identifier())
                .add("statement", i.statement())));
        JsonObjectBuilder json = Json.createObjectBuilder().add("identifier", c.identifier()).add("code", c.code())
                .add("title", c.title()).add("statement", c.statement()).add("indicators", indicators)
                .add("notes", c.notes());
        return c.domainIdentifier() == null ? json.addNull("domain") : json.add("domain", c.domainIdentifier());
    }

    public static FrameworkDefinition read(String stored) {
        JsonObject json;
        try (var reader = Json.createReader(new StringReader(stored))) {
            json = reader.readObject();
        }
        JsonObject scale = json.getJsonObject("scale");
        List<ProficiencyLevel> levels = scale.getJsonArray("levels").getValuesAs(JsonObject.class).stream()
                .map(l -> new ProficiencyLevel(l.getInt("rank"), l.getString("name"), l.getString("description")))
                .toList();
        List<DomainDefinition> domains = json.getJsonArray("domains").getValuesAs(JsonObject.class).stream()
                .map(d -> new DomainDefinition(d.getString("identifier"), d.getString("code"), d.getString("title")))
                .toList();
        List<CompetencyDefinition> competencies = json.getJsonArray("competencies").getValuesAs(JsonObject.class)
                .stream().map(FrameworkJson::competency).toList();
        return new FrameworkDefinition(json.getString("identifier"), json.getString("title"),
                json.getString("description"), json.getString("publisher"), json.getString("versionLabel"),
                json.getString("language"), new ProficiencyScale(scale.getString("name"), levels), domains,
                competencies, strings(json.getJsonArray("sources")));
    }

    private static CompetencyDefinition competency(JsonObject c) {
        List<IndicatorDefinition> indicators = c.getJsonArray("indicators").getValuesAs(JsonObject.class).stream()
                .map(i -> new IndicatorDefinition(i.getString("identifier"), i.getString("statement"))).toList();
        JsonValue domain = c.get("domain");
        return new CompetencyDefinition(c.getString("identifier"), c.getString("code"), c.getString("title"),
                c.getString("statement"), domain instanceof JsonString s ? s.getString() : null, indicators,
                c.getString("notes"));
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
