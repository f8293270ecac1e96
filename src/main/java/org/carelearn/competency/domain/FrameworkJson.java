package org.carelearn.competency.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import org.carelearn.platform.json.Jsons;

/**
 * A {@link FrameworkDefinition} as the JSON a stored version keeps: every field, in CareLearn's own shape (not
 * CASE's, which has its own mapping), so that reading it back gives an equal definition. The field names are
 * part of the stored data: add fields, never rename them.
 */
public final class FrameworkJson {

    private FrameworkJson() {
    }

    public static String write(FrameworkDefinition definition) {
        JsonArrayBuilder levels = Jsons.createArrayBuilder();
        definition.scale().levels().forEach(l -> levels.add(Jsons.createObjectBuilder().add("rank", l.rank())
                .add("name", l.name()).add("description", l.description())));
        JsonArrayBuilder domains = Jsons.createArrayBuilder();
        definition.domains().forEach(d -> domains.add(Jsons.createObjectBuilder().add("identifier", d.identifier())
                .add("code", d.code()).add("title", d.title())));
        JsonArrayBuilder competencies = Jsons.createArrayBuilder();
        definition.competencies().forEach(c -> competencies.add(competency(c)));
        JsonArrayBuilder sources = Jsons.createArrayBuilder();
        definition.sources().forEach(sources::add);
        return Jsons.createObjectBuilder().add("identifier", definition.identifier()).add("title", definition.title())
                .add("description", definition.description()).add("publisher", definition.publisher())
                .add("versionLabel", definition.versionLabel()).add("language", definition.language())
                .add("scale", Jsons.createObjectBuilder().add("name", definition.scale().name()).add("levels", levels))
                .add("domains", domains).add("competencies", competencies).add("sources", sources).build().toString();
    }

    private static JsonObjectBuilder competency(CompetencyDefinition c) {
        JsonArrayBuilder indicators = Jsons.createArrayBuilder();
        c.indicators().forEach(i -> indicators.add(Jsons.createObjectBuilder().add("identifier", i.identifier())
                .add("statement", i.statement())));
        JsonObjectBuilder json = Jsons.createObjectBuilder().add("identifier", c.identifier()).add("code", c.code())
                .add("title", c.title()).add("statement", c.statement()).add("indicators", indicators)
                .add("notes", c.notes());
        return c.domainIdentifier() == null ? json.addNull("domain") : json.add("domain", c.domainIdentifier());
    }

    public static FrameworkDefinition read(String stored) {
        JsonObject json;
        try (var reader = Jsons.createReader(new StringReader(stored))) {
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
