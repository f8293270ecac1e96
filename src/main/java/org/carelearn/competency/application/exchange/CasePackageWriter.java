package org.carelearn.competency.application.exchange;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.DomainDefinition;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.competency.domain.ProficiencyLevel;
import org.carelearn.platform.json.Jsons;

/**
 * Writes one framework version as a CASE 1.1 CFPackage (1EdTech CASE 1.1 information model, section "CFPackage":
 * CFDocument, CFItems, CFAssociations, CFDefinitions, CFRubrics). The mapping, which {@link CasePackageReader}
 * reverses exactly:
 * <ul>
 * <li>the framework is the CFDocument; its sources are the document's notes, one per line;</li>
 * <li>domains, competencies and behavioural indicators are CFItems told apart by CFItemType (declared in
 * CFDefinitions.CFItemTypes); a competency's title is its abbreviatedStatement, its statement the fullStatement,
 * its code the humanCodingScheme, its notes the notes;</li>
 * <li>the tree is isChildOf associations (indicator to competency, competency to domain or document, domain to
 * document), their sequenceNumber keeping the order;</li>
 * <li>the proficiency scale is a CFRubric named after the scale with one criterion per competency (its CFItemURI
 * the competency) whose CFRubricCriterionLevels are the levels: position and score the rank, quality the name,
 * description the description. CASE 1.1 has no scale object of its own; the rubric is the part of the model made
 * for levels of performance against an item, so no extension is needed.</li>
 * </ul>
 */
public final class CasePackageWriter {

    private final String packageUri;

    /** @param packageUri where this package is served; every node's uri is it plus {@code #identifier} */
    public CasePackageWriter(String packageUri) {
        this.packageUri = packageUri;
    }

    public JsonObject write(FrameworkDefinition framework, Instant changedAt) {
        String changed = changedAt.truncatedTo(ChronoUnit.SECONDS).toString();
        Nodes nodes = new Nodes(framework, changed);
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        JsonArrayBuilder associations = Jsons.createArrayBuilder();
        JsonObject document = link(framework.identifier(), framework.title());
        int domainOrder = 0;
        for (DomainDefinition domain : framework.domains()) {
            items.add(nodes.item(domain.identifier(), domain.title(), null, domain.code(), null,
                    CaseVocabulary.DOMAIN));
            associations.add(nodes.childOf(link(domain.identifier(), domain.title()), document, ++domainOrder));
        }
        int[] orderUnder = new int[framework.domains().size() + 1];
        for (CompetencyDefinition competency : framework.competencies()) {
            items.add(nodes.item(competency.identifier(), competency.statement(), competency.title(),
                    competency.code(), competency.notes(), CaseVocabulary.COMPETENCY));
            JsonObject parent = document;
            int slot = 0;
            if (competency.domainIdentifier() != null) {
                DomainDefinition domain = framework.domains().stream()
                        .filter(d -> d.identifier().equals(competency.domainIdentifier())).findFirst().orElseThrow();
                parent = link(domain.identifier(), domain.title());
                slot = framework.domains().indexOf(domain) + 1;
            }
            associations.add(nodes.childOf(link(competency.identifier(), competency.title()), parent,
                    ++orderUnder[slot]));
            int indicatorOrder = 0;
            for (IndicatorDefinition indicator : competency.indicators()) {
                items.add(nodes.item(indicator.identifier(), indicator.statement(), null, null, null,
                        CaseVocabulary.INDICATOR));
                associations.add(nodes.childOf(link(indicator.identifier(), indicator.statement()),
                        link(competency.identifier(), competency.title()), ++indicatorOrder));
            }
        }
        return Jsons.createObjectBuilder()
                .add("CFDocument", document(framework, changed))
                .add("CFItems", items)
                .add("CFAssociations", associations)
                .add("CFDefinitions", Jsons.createObjectBuilder().add("CFItemTypes", Jsons.createArrayBuilder()
                        .add(nodes.itemType(CaseVocabulary.DOMAIN, "1",
                                "A group of related competencies within the framework"))
                        .add(nodes.itemType(CaseVocabulary.COMPETENCY, "2",
                                "What a competent person does, shown at one of the framework's proficiency levels"))
                        .add(nodes.itemType(CaseVocabulary.INDICATOR, "3",
                                "Something an assessor can see a person do, met or not met in an observed validation"))))
                .add("CFRubrics", Jsons.createArrayBuilder().add(nodes.rubric()))
                .build();
    }

    private JsonObject document(FrameworkDefinition framework, String changed) {
        JsonObjectBuilder document = Jsons.createObjectBuilder()
                .add("identifier", framework.identifier())
                .add("uri", packageUri)
                .add("frameworkType", "Competency framework")
                .add("caseVersion", CaseVocabulary.CASE_VERSION)
                .add("creator", framework.publisher())
                .add("title", framework.title())
                .add("lastChangeDateTime", changed)
                .add("publisher", framework.publisher())
                .add("language", framework.language());
        optional(document, "description", framework.description());
        optional(document, "version", framework.versionLabel());
        optional(document, "notes", String.join("\n", framework.sources()));
        return document.build();
    }

    private JsonObject link(String identifier, String title) {
        return Jsons.createObjectBuilder().add("title", shortTitle(title)).add("identifier", identifier)
                .add("uri", uri(identifier)).build();
    }

    private String uri(String identifier) {
        return packageUri + "#" + identifier;
    }

    private static String shortTitle(String title) {
        return title.length() <= 120 ? title : title.substring(0, 119) + "…";
    }

    private static void optional(JsonObjectBuilder builder, String name, String value) {
        if (value != null && !value.isEmpty()) {
            builder.add(name, value);
        }
    }

    /** The parts of one package that share its framework, its time stamp and its identifiers. */
    private final class Nodes {

        private final FrameworkDefinition framework;
        private final String changed;

        Nodes(FrameworkDefinition framework, String changed) {
            this.framework = framework;
            this.changed = changed;
        }

        JsonObject item(String identifier, String fullStatement, String abbreviated, String code, String notes,
                String itemType) {
            JsonObjectBuilder item = Jsons.createObjectBuilder()
                    .add("identifier", identifier)
                    .add("fullStatement", fullStatement)
                    .add("CFItemType", itemType)
                    .add("CFItemTypeURI", Jsons.createObjectBuilder().add("title", itemType)
                            .add("identifier", CaseVocabulary.itemTypeIdentifier(itemType))
                            .add("uri", uri(CaseVocabulary.itemTypeIdentifier(itemType))))
                    .add("uri", uri(identifier))
                    .add("language", framework.language())
                    .add("lastChangeDateTime", changed);
            optional(item, "abbreviatedStatement", abbreviated);
            optional(item, "humanCodingScheme", code);
            optional(item, "notes", notes);
            return item.build();
        }

        JsonObject childOf(JsonObject child, JsonObject parent, int sequence) {
            String identifier = CaseVocabulary.derived(framework.identifier(), "isChildOf/"
                    + child.getString("identifier") + "/" + parent.getString("identifier"));
            return Jsons.createObjectBuilder()
                    .add("identifier", identifier)
                    .add("associationType", CaseVocabulary.IS_CHILD_OF)
                    .add("sequenceNumber", sequence)
                    .add("uri", uri(identifier))
                    .add("originNodeURI", child)
                    .add("destinationNodeURI", parent)
                    .add("lastChangeDateTime", changed)
                    .build();
        }

        JsonObject itemType(String title, String hierarchyCode, String description) {
            String identifier = CaseVocabulary.itemTypeIdentifier(title);
            return Jsons.createObjectBuilder().add("identifier", identifier).add("uri", uri(identifier))
                    .add("title", title).add("description", description).add("hierarchyCode", hierarchyCode)
                    .add("lastChangeDateTime", changed).build();
        }

        JsonObject rubric() {
            String rubricId = CaseVocabulary.derived(framework.identifier(), "rubric");
            JsonArrayBuilder criteria = Jsons.createArrayBuilder();
            List<CompetencyDefinition> competencies = framework.competencies();
            for (int i = 0; i < competencies.size(); i++) {
                CompetencyDefinition competency = competencies.get(i);
                String criterionId = CaseVocabulary.derived(framework.identifier(),
                        "criterion/" + competency.identifier());
                JsonArrayBuilder levels = Jsons.createArrayBuilder();
                for (ProficiencyLevel level : framework.scale().levels()) {
                    String levelId = CaseVocabulary.derived(framework.identifier(),
                            "level/" + competency.identifier() + "/" + level.rank());
                    levels.add(Jsons.createObjectBuilder().add("identifier", levelId).add("uri", uri(levelId))
                            .add("description", level.description()).add("quality", level.name())
                            .add("score", level.rank()).add("position", level.rank())
                            .add("rubricCriterionId", criterionId).add("lastChangeDateTime", changed));
                }
                criteria.add(Jsons.createObjectBuilder().add("identifier", criterionId).add("uri", uri(criterionId))
                        .add("category", CaseVocabulary.PROFICIENCY)
                        .add("description", "Proficiency in " + competency.title())
                        .add("CFItemURI", link(competency.identifier(), competency.title()))
                        .add("position", i + 1).add("rubricId", rubricId).add("lastChangeDateTime", changed)
                        .add("CFRubricCriterionLevels", levels));
            }
            return Jsons.createObjectBuilder().add("identifier", rubricId).add("uri", uri(rubricId))
                    .add("title", framework.scale().name())
                    .add("description", "The proficiency scale of " + framework.title()
                            + ": every competency is shown at one of these levels, lowest first")
                    .add("lastChangeDateTime", changed).add("CFRubricCriteria", criteria).build();
        }
    }
}
