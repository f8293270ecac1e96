package org.carelearn.competency.application.exchange;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.ProficiencyScale;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.json.Jsons;

/**
 * Reads a CASE package (1EdTech CASE 1.1; 1.0 files too, since 1.1 only added optional properties) into the
 * framework it describes, keeping every identifier. Everything wrong with the file is collected and refused at
 * once ({@link CaseRefused}), so a sender fixes it in one pass; nothing is read half.
 *
 * <p>What each CFItem is: an item typed Domain, Competency or Behavioural indicator (CFItemType, any case) is that;
 * an untyped item (another tool's framework) is placed by the shape of the isChildOf tree: a leaf under a
 * competency is an indicator, an item whose children are all leaves is a competency, an item above competencies
 * is a domain. CareLearn holds three levels (domain, competency, indicator); deeper trees are refused with the
 * items named. The proficiency scale comes from a CFRubric whose criteria point at the competencies, else from
 * items linked by hasSkillLevel (new in CASE 1.1), else CareLearn's two-level scale, said in the notes.
 */
public final class CasePackageReader {

    /** CASE 1.1 information model, UUID derived type: 8-4-4-4-12 hexadecimal digits. */
    private static final Pattern UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    /** A generous bound: the largest published state standards packages are a few megabytes. */
    public static final int MAX_CHARACTERS = 20_000_000;

    public CaseImport read(String text) {
        Reasons reasons = new Reasons();
        JsonObject root = parse(text, reasons);
        JsonObject pkg = root.containsKey("CFPackage") && root.get("CFPackage") instanceof JsonObject wrapped
                ? wrapped : root;
        JsonObject document = pkg.get("CFDocument") instanceof JsonObject found ? found : null;
        if (document == null) {
            reasons.add("The package has no CFDocument: CASE needs one describing the framework (its identifier,"
                    + " title and creator)");
        }
        String documentId = document == null ? "" : documentId(document, reasons);
        Map<String, CaseNode> items = items(pkg, documentId, reasons);
        CaseTree tree = new CaseTree(documentId, items, reasons);
        for (JsonObject association : objects(pkg, "CFAssociations", "association", reasons)) {
            tree.associate(association);
        }
        if (document == null) {
            throw new CaseRefused(reasons.all());
        }
        tree.placeAll();
        List<String> notes = new ArrayList<>();
        ProficiencyScale scale = new CaseScaleReader(tree, reasons, notes).scale(
                objects(pkg, "CFRubrics", "rubric", reasons));
        FrameworkDefinition framework = tree.framework(document, documentId, scale);
        if (!reasons.isEmpty() || framework == null) {
            throw new CaseRefused(reasons.all());
        }
        return new CaseImport(framework, notes);
    }

    private static JsonObject parse(String text, Reasons reasons) {
        if (text == null || text.isBlank()) {
            throw new CaseRefused(List.of("The file is empty: send a CASE package in JSON"));
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new CaseRefused(List.of("The file has " + text.length() + " characters; CareLearn reads CASE"
                    + " packages of up to " + MAX_CHARACTERS));
        }
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
            throw new CaseRefused(List.of("The file holds a JSON " + value.getValueType().name().toLowerCase(
                    Locale.ROOT) + ", not the object a CASE package is"));
        } catch (JsonParsingException e) {
            throw new CaseRefused(List.of("The file is not well-formed JSON (line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber() + "): " + e.getMessage()));
        } catch (JsonException e) {
            throw new CaseRefused(List.of("The file is not well-formed JSON: " + e.getMessage()));
        }
    }

    private static String documentId(JsonObject document, Reasons reasons) {
        String id = CaseNode.text(document, "identifier");
        if (!UUID.matcher(id).matches()) {
            reasons.add("The CFDocument's identifier must be a UUID, not \"" + id + "\"");
        }
        String version = CaseNode.text(document, "caseVersion");
        if (!version.isEmpty() && !version.equals("1.1") && !version.equals("1.0")) {
            reasons.add("The CFDocument says caseVersion " + version + "; CareLearn reads CASE 1.0 and 1.1");
        }
        if (CaseNode.text(document, "title").isEmpty()) {
            reasons.add("The CFDocument has no title");
        }
        if (CaseNode.text(document, "creator").isEmpty() && CaseNode.text(document, "publisher").isEmpty()) {
            reasons.add("The CFDocument names neither a creator nor a publisher");
        }
        return id.toLowerCase(Locale.ROOT);
    }

    private static Map<String, CaseNode> items(JsonObject pkg, String documentId, Reasons reasons) {
        Map<String, CaseNode> items = new LinkedHashMap<>();
        List<JsonObject> list = objects(pkg, "CFItems", "item", reasons);
        for (int i = 0; i < list.size(); i++) {
            CaseNode node = CaseNode.of(i, list.get(i));
            String id = node.identifier().toLowerCase(Locale.ROOT);
            if (!UUID.matcher(id).matches()) {
                reasons.add("CFItems[" + i + "] needs a UUID as its identifier, not \"" + node.identifier() + "\"");
                continue;
            }
            if (node.fullStatement().isEmpty()) {
                reasons.add("The CFItem " + id + " has no fullStatement: every competency, domain and indicator"
                        + " needs its statement");
            }
            if (id.equals(documentId) || items.containsKey(id)) {
                reasons.add("The identifier " + id + " is used twice in the package ("
                        + (id.equals(documentId) ? "the CFDocument and " : "two CFItems, ") + node.label() + ")");
                continue;
            }
            items.put(id, node);
        }
        return items;
    }

    /** The objects of an optional array member, each non-object named as a reason. */
    static List<JsonObject> objects(JsonObject parent, String name, String what, Reasons reasons) {
        JsonValue value = parent.get(name);
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            reasons.add(name + " must be an array of " + what + "s");
            return List.of();
        }
        List<JsonObject> objects = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (array.get(i) instanceof JsonObject object) {
                objects.add(object);
            } else {
                reasons.add(name + "[" + i + "] is not a JSON object");
            }
        }
        return objects;
    }

    /** A number member as an int, or the fallback when absent or not a number. */
    static int number(JsonObject object, String name, int fallback) {
        return object.get(name) instanceof JsonNumber number ? number.intValue() : fallback;
    }

    static Comparator<JsonObject> byNumber(String name) {
        return Comparator.comparingInt(o -> number(o, name, Integer.MAX_VALUE));
    }

    /** Runs a step that may break one of the domain's rules, keeping its message as a reason. */
    static <T> T kept(Reasons reasons, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (BusinessRuleException e) {
            reasons.add(e.getMessage());
            return null;
        }
    }

    /** The reasons found so far, in the order found, each once. */
    static final class Reasons {

        private final Map<String, Boolean> found = new LinkedHashMap<>();

        void add(String reason) {
            found.put(reason, Boolean.TRUE);
        }

        boolean isEmpty() {
            return found.isEmpty();
        }

        List<String> all() {
            return List.copyOf(found.keySet());
        }
    }

    static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }
}
