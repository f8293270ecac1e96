package org.carelearn.catalog.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Turns a cmi5.xml into a {@link CourseStructure}: parsed safely ({@link Cmi5Xml}), checked against the
 * schema ({@link StructureSchema}) and the rules ({@link StructureRules}), every text trimmed (cmi5 §13.1)
 * and defaults applied (moveOn NotApplicable, launchMethod AnyWindow).
 */
public final class CourseStructureReader {

    private final List<StructureRules.Declaration> ids = new ArrayList<>();
    private final Set<String> objectives = new HashSet<>();
    private final List<StructureRules.Reference> references = new ArrayList<>();
    private int auCount;
    private int blockCount;
    private int objectiveCount;

    private CourseStructureReader() {
    }

    /**
     * The structure, or every reason it cannot be imported (then the structure may be null), and the
     * document as text, decoded with the encoding it declares.
     */
    public record Reading(CourseStructure structure, String text, List<String> problems) {

        public boolean accepted() {
            return problems.isEmpty();
        }
    }

    /**
     * Reads and checks a course structure for import.
     *
     * @param packageFiles the names of the files in its zip, or {@code null} for a cmi5.xml on its own
     */
    public static Reading read(byte[] xml, Set<String> packageFiles) {
        Cmi5Xml.Parsed parsed = Cmi5Xml.parse(xml);
        if (parsed.document() == null) {
            return new Reading(null, null, List.of(parsed.problem()));
        }
        String encoding = parsed.document().getInputEncoding();
        String text;
        try {
            text = new String(xml, encoding == null ? "UTF-8" : encoding);
        } catch (java.io.UnsupportedEncodingException e) {
            text = new String(xml, StandardCharsets.UTF_8);
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return check(parsed, text, packageFiles);
    }

    private static Reading check(Cmi5Xml.Parsed parsed, String text, Set<String> packageFiles) {
        Element root = parsed.document().getDocumentElement();
        List<String> problems = new ArrayList<>(StructureSchema.check(root));
        if (!StructureSchema.isCmi5(root, "courseStructure")) {
            return new Reading(null, text, problems);
        }
        CourseStructureReader reader = new CourseStructureReader();
        CourseStructure structure = reader.structure(root);
        problems.addAll(StructureRules.check(structure, reader.ids, reader.objectives, reader.references,
                packageFiles));
        return new Reading(structure, text, List.copyOf(problems));
    }

    /** Reads a structure that was checked when it was imported (a stored version's cmi5.xml). */
    public static CourseStructure readImported(String xml) {
        Cmi5Xml.Parsed parsed = Cmi5Xml.parse(xml);
        Reading reading = parsed.document() == null ? new Reading(null, xml, List.of(parsed.problem()))
                : check(parsed, xml, Set.of());
        if (reading.structure() == null) {
            throw new IllegalStateException("A stored course structure cannot be read: " + reading.problems());
        }
        return reading.structure();
    }

    private CourseStructure structure(Element root) {
        Element course = first(root, "course");
        String id = course == null ? "" : attribute(course, "id");
        ids.add(new StructureRules.Declaration("course", id));
        for (Element child : StructureSchema.elements(root)) {
            if (StructureSchema.isCmi5(child, "objectives")) {
                declareObjectives(child);
            }
        }
        return new CourseStructure(id, text(course, "title"), text(course, "description"), members(root));
    }

    private List<StructureNode> members(Element parent) {
        List<StructureNode> members = new ArrayList<>();
        for (Element child : StructureSchema.elements(parent)) {
            if (StructureSchema.isCmi5(child, "au")) {
                members.add(au(child));
            } else if (StructureSchema.isCmi5(child, "block")) {
                members.add(block(child));
            }
        }
        return members;
    }

    private Block block(Element element) {
        String id = attribute(element, "id");
        String owner = id.isEmpty() ? "block #" + ++blockCount : "block '" + id + "'";
        ids.add(new StructureRules.Declaration(owner, id));
        referenceObjectives(element, owner);
        return new Block(id, text(element, "title"), text(element, "description"), members(element));
    }

    private Au au(Element element) {
        String id = attribute(element, "id");
        String owner = id.isEmpty() ? "AU #" + ++auCount : "AU '" + id + "'";
        ids.add(new StructureRules.Declaration(owner, id));
        referenceObjectives(element, owner);
        Element url = first(element, "url");
        return new Au(id, text(element, "title"), text(element, "description"),
                url == null ? "" : url.getTextContent().strip(),
                LaunchMethod.fromCmi5(element.getAttributeNS(null, "launchMethod")).orElse(LaunchMethod.ANY_WINDOW),
                MoveOn.fromCmi5(element.getAttributeNS(null, "moveOn")).orElse(MoveOn.NOT_APPLICABLE),
                masteryScore(element), optionalText(element, "launchParameters"),
                optionalText(element, "entitlementKey"), optionalAttribute(element, "activityType"));
    }

    private void declareObjectives(Element objectivesElement) {
        for (Element objective : StructureSchema.elements(objectivesElement)) {
            if (StructureSchema.isCmi5(objective, "objective")) {
                String id = attribute(objective, "id");
                ids.add(new StructureRules.Declaration(id.isEmpty() ? "objective #" + ++objectiveCount
                        : "objective '" + id + "'", id));
                objectives.add(id);
            }
        }
    }

    private void referenceObjectives(Element owner, String label) {
        Element objectivesElement = first(owner, "objectives");
        if (objectivesElement == null) {
            return;
        }
        for (Element reference : StructureSchema.elements(objectivesElement)) {
            if (StructureSchema.isCmi5(reference, "objective")) {
                references.add(new StructureRules.Reference(label, attribute(reference, "idref")));
            }
        }
    }

    private static BigDecimal masteryScore(Element au) {
        String value = optionalAttribute(au, "masteryScore");
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
        } catch (NumberFormatException reportedBySchema) {
            return null;
        }
    }

    /**
     * The English text of a title or description (en, en-US, then any en-*), else the first; trimmed. Null
     * when the element is missing, which the schema check reports (and then the structure is refused).
     */
    private static String text(Element parent, String name) {
        Element text = parent == null ? null : first(parent, name);
        if (text == null) {
            return null;
        }
        List<Element> langstrings = StructureSchema.elements(text).stream()
                .filter(e -> StructureSchema.isCmi5(e, "langstring")).toList();
        if (langstrings.isEmpty()) {
            return "";
        }
        Element chosen = langstrings.stream().filter(e -> List.of("en", "en-us").contains(lang(e))).findFirst()
                .orElse(langstrings.stream().filter(e -> lang(e).startsWith("en-")).findFirst()
                        .orElse(langstrings.get(0)));
        return chosen.getTextContent().strip();
    }

    private static String lang(Element langstring) {
        return StructureSchema.collapse(langstring.getAttributeNS(null, "lang")).toLowerCase(Locale.ROOT);
    }

    private static String optionalText(Element parent, String name) {
        Element element = first(parent, name);
        String text = element == null ? "" : element.getTextContent().strip();
        return text.isEmpty() ? null : text;
    }

    private static String attribute(Element element, String name) {
        return StructureSchema.collapse(element.getAttributeNS(null, name));
    }

    private static String optionalAttribute(Element element, String name) {
        String value = element.hasAttributeNS(null, name) ? element.getAttributeNS(null, name).strip() : "";
        return value.isEmpty() ? null : value;
    }

    private static Element first(Element parent, String name) {
        return StructureSchema.elements(parent).stream().filter(e -> StructureSchema.isCmi5(e, name)).findFirst()
                .orElse(null);
    }
}
