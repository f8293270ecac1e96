package org.carelearn.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The cmi5 course structure schema (CourseStructure.xsd, cmi5 §14) written out as Java, so that CareLearn
 * can say in plain words what is wrong and list every fault instead of a validator's first error. It
 * checks element names, namespace, order and counts, required attributes, enumerations, the decimal range
 * of masteryScore, and that foreign-namespace extensions (cmi5 §13.1.5) appear only where the schema lets
 * them. Meaning (ids as IRIs, urls, uniqueness) is {@link StructureRules}' job.
 */
public final class StructureSchema {

    private static final String NS = Cmi5Xml.NAMESPACE;
    private static final String XMLNS = "http://www.w3.org/2000/xmlns/";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*");
    private static final int UNBOUNDED = Integer.MAX_VALUE;

    private final List<String> problems = new ArrayList<>();

    private StructureSchema() {
    }

    /** Every way the document breaks the schema; empty when it is valid. */
    public static List<String> check(Element root) {
        StructureSchema schema = new StructureSchema();
        schema.root(root);
        return List.copyOf(schema.problems);
    }

    private void root(Element root) {
        if (!"courseStructure".equals(root.getLocalName())) {
            problems.add("the root element is '" + root.getNodeName() + "'; a cmi5 course structure starts with"
                    + " <courseStructure xmlns=\"" + NS + "\">");
            return;
        }
        if (!NS.equals(root.getNamespaceURI())) {
            problems.add("courseStructure is in the namespace '" + (root.getNamespaceURI() == null ? "(none)"
                    : root.getNamespaceURI()) + "'; cmi5 requires the namespace '" + NS + "'");
            return;
        }
        attributes(root, Set.of(), true);
        elementOnly(root);
        List<Element> children = content(root, List.of(one("course"), optional("objectives"), members(), extensions()));
        for (Element child : children) {
            switch (child.getLocalName()) {
                case "course" -> course(child);
                case "objectives" -> objectiveDeclarations(child);
                default -> member(child);
            }
        }
    }

    private void course(Element course) {
        attributes(course, Set.of("id"), true);
        required(course, "id");
        elementOnly(course);
        texts(content(course, List.of(one("title"), one("description"), extensions())));
    }

    private void member(Element member) {
        if (isCmi5(member, "au")) {
            au(member);
        } else if (isCmi5(member, "block")) {
            block(member);
        }
    }

    private void block(Element block) {
        attributes(block, Set.of("id"), true);
        required(block, "id");
        elementOnly(block);
        for (Element child : content(block, List.of(one("title"), one("description"), optional("objectives"),
                members(), extensions()))) {
            if (isCmi5(child, "objectives")) {
                objectiveReferences(child);
            } else if (isCmi5(child, "title") || isCmi5(child, "description")) {
                text(child);
            } else {
                member(child);
            }
        }
    }

    private void au(Element au) {
        attributes(au, Set.of("id", "moveOn", "masteryScore", "launchMethod", "activityType"), true);
        required(au, "id");
        enumeration(au, "moveOn", Arrays.stream(MoveOn.values()).map(MoveOn::cmi5Name).toList());
        enumeration(au, "launchMethod", Arrays.stream(LaunchMethod.values()).map(LaunchMethod::cmi5Name).toList());
        masteryScore(au);
        elementOnly(au);
        for (Element child : content(au, List.of(one("title"), one("description"), optional("objectives"),
                one("url"), optional("launchParameters"), optional("entitlementKey"), extensions()))) {
            switch (child.getLocalName()) {
                case "title", "description" -> text(child);
                case "objectives" -> objectiveReferences(child);
                case "url" -> url(child);
                default -> {
                    // launchParameters and entitlementKey are of xs:anyType: anything goes
                }
            }
        }
    }

    private void url(Element url) {
        attributes(url, Set.of(), false);
        simpleContent(url);
        if (collapse(url.getTextContent()).isEmpty()) {
            problems.add(where(url) + ": url is empty");
        }
    }

    private void objectiveDeclarations(Element objectives) {
        attributes(objectives, Set.of(), true);
        elementOnly(objectives);
        for (Element objective : content(objectives, List.of(new Particle(Set.of("objective"), 1, UNBOUNDED),
                extensions()))) {
            if (!isCmi5(objective, "objective")) {
                continue;
            }
            attributes(objective, Set.of("id"), false);
            required(objective, "id");
            elementOnly(objective);
            // xs:all: title and description once each, in either order, nothing else
            int titles = 0;
            int descriptions = 0;
            for (Element child : elements(objective)) {
                if (isCmi5(child, "title")) {
                    titles++;
                    text(child);
                } else if (isCmi5(child, "description")) {
                    descriptions++;
                    text(child);
                } else {
                    problems.add(where(objective) + ": element '" + child.getNodeName() + "' is not allowed in an"
                            + " objective (only title and description)");
                }
            }
            count(objective, "title", titles);
            count(objective, "description", descriptions);
        }
    }

    private void count(Element parent, String name, int found) {
        if (found == 0) {
            problems.add(where(parent) + ": " + name + " is missing");
        } else if (found > 1) {
            problems.add(where(parent) + ": " + name + " appears " + found + " times; it may appear once");
        }
    }

    private void objectiveReferences(Element objectives) {
        attributes(objectives, Set.of(), true);
        elementOnly(objectives);
        for (Element reference : content(objectives, List.of(new Particle(Set.of("objective"), 1, UNBOUNDED),
                extensions()))) {
            if (isCmi5(reference, "objective")) {
                attributes(reference, Set.of("idref"), false);
                if (reference.hasChildNodes() && hasContent(reference)) {
                    problems.add(where(reference) + ": an objective reference must be empty"
                            + " (<objective idref=\"...\"/>)");
                }
            }
        }
    }

    private void texts(List<Element> elements) {
        elements.stream().filter(e -> NS.equals(e.getNamespaceURI())).forEach(this::text);
    }

    /** A title or description: one or more langstrings, then extensions. */
    private void text(Element text) {
        attributes(text, Set.of(), true);
        elementOnly(text);
        for (Element langstring : content(text, List.of(new Particle(Set.of("langstring"), 1, UNBOUNDED),
                extensions()))) {
            if (isCmi5(langstring, "langstring")) {
                attributes(langstring, Set.of("lang"), true);
                simpleContent(langstring);
                if (langstring.hasAttributeNS(null, "lang")
                        && !LANGUAGE.matcher(collapse(langstring.getAttributeNS(null, "lang"))).matches()) {
                    problems.add(where(text) + ": lang '" + langstring.getAttributeNS(null, "lang")
                            + "' is not a language tag such as en-US");
                }
            }
        }
    }

    /** One particle of a sequence: which cmi5 names it takes (empty: foreign elements), how often. */
    private record Particle(Set<String> names, int min, int max) {

        boolean accepts(Element element) {
            return names.isEmpty() ? isForeign(element) : isCmi5Named(element, names);
        }

        String label() {
            return names.isEmpty() ? "extension elements" : String.join(" or ", names.stream().sorted().toList());
        }
    }

    private static Particle one(String name) {
        return new Particle(Set.of(name), 1, 1);
    }

    private static Particle optional(String name) {
        return new Particle(Set.of(name), 0, 1);
    }

    private static Particle members() {
        return new Particle(Set.of("au", "block"), 1, UNBOUNDED);
    }

    /** The schema's anyElement group: elements of another namespace, lax, at the end of a sequence. */
    private static Particle extensions() {
        return new Particle(Set.of(), 0, UNBOUNDED);
    }

    /**
     * Matches the child elements against a sequence (the schema's particles are deterministic, so a greedy
     * match decides validity) and reports every element out of place and every required one missing. Returns
     * the children that matched, for their own checks.
     */
    private List<Element> content(Element parent, List<Particle> sequence) {
        List<Element> matched = new ArrayList<>();
        int[] counts = new int[sequence.size()];
        boolean[] reported = new boolean[sequence.size()];
        int at = 0;
        for (Element child : elements(parent)) {
            int next = at;
            while (next < sequence.size() && !sequence.get(next).accepts(child)) {
                next++;
            }
            if (next == sequence.size()) {
                problems.add(where(parent) + ": " + unexpected(child, sequence, at));
                continue;
            }
            if (counts[next] == sequence.get(next).max()) {
                problems.add(where(parent) + ": " + child.getLocalName() + " appears more than once; it may appear once");
                continue;
            }
            for (int skipped = at; skipped < next; skipped++) {
                missing(parent, sequence, counts, reported, skipped);
            }
            at = next;
            counts[next]++;
            matched.add(child);
        }
        for (int rest = at; rest < sequence.size(); rest++) {
            missing(parent, sequence, counts, reported, rest);
        }
        return matched;
    }

    private void missing(Element parent, List<Particle> sequence, int[] counts, boolean[] reported, int index) {
        if (counts[index] < sequence.get(index).min() && !reported[index]) {
            reported[index] = true;
            problems.add(where(parent) + ": " + sequence.get(index).label() + " is missing");
        }
    }

    private static String unexpected(Element child, List<Particle> sequence, int at) {
        String name = child.getNodeName();
        if (isForeign(child)) {
            return "extension element '" + name + "' is out of place; extensions may only follow the cmi5 elements";
        }
        for (int earlier = 0; earlier < at; earlier++) {
            if (sequence.get(earlier).accepts(child)) {
                return "'" + name + "' is out of order; the order is " + order(sequence);
            }
        }
        if (!NS.equals(child.getNamespaceURI())) {
            return "element '" + name + "' is not a cmi5 element (not in the cmi5 namespace, and extensions need a"
                    + " namespace of their own)";
        }
        return "element '" + name + "' is not allowed here; the order is " + order(sequence);
    }

    private static String order(List<Particle> sequence) {
        return sequence.stream().filter(p -> !p.names().isEmpty()).map(Particle::label)
                .collect(Collectors.joining(", "));
    }

    private void attributes(Element element, Set<String> declared, boolean othersAllowed) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if (XMLNS.equals(namespace) || XSI.equals(namespace)) {
                continue;
            }
            boolean allowed = namespace == null ? declared.contains(attribute.getLocalName())
                    : othersAllowed && !NS.equals(namespace);
            if (!allowed) {
                problems.add(where(element) + ": attribute '" + attribute.getName() + "' is not allowed on "
                        + element.getLocalName() + (declared.isEmpty() ? "" : " (allowed: " + String.join(", ",
                                declared.stream().sorted().toList()) + (othersAllowed ? ", and attributes of other"
                                + " namespaces" : "") + ")"));
            }
        }
    }

    private void required(Element element, String attribute) {
        if (!element.hasAttributeNS(null, attribute)) {
            problems.add(where(element) + ": the " + attribute + " attribute is missing");
        }
    }

    private void enumeration(Element au, String attribute, List<String> allowed) {
        if (au.hasAttributeNS(null, attribute) && !allowed.contains(au.getAttributeNS(null, attribute))) {
            problems.add(where(au) + ": " + attribute + " '" + au.getAttributeNS(null, attribute) + "' is not one of "
                    + String.join(", ", allowed));
        }
    }

    private void masteryScore(Element au) {
        if (!au.hasAttributeNS(null, "masteryScore")) {
            return;
        }
        String value = collapse(au.getAttributeNS(null, "masteryScore"));
        if (!DECIMAL.matcher(value).matches()) {
            problems.add(where(au) + ": masteryScore '" + value + "' is not a decimal number (such as 0.8)");
            return;
        }
        BigDecimal score = new BigDecimal(value.startsWith("+") ? value.substring(1) : value);
        if (score.signum() < 0 || score.compareTo(BigDecimal.ONE) > 0) {
            problems.add(where(au) + ": masteryScore " + value + " is outside 0 to 1 (a scaled score: 0.8 is 80%)");
        }
    }

    /** Element-only content: whitespace between elements, comments and processing instructions only. */
    private void elementOnly(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (isText(child) && !child.getNodeValue().isBlank()) {
                problems.add(where(element) + ": text '" + shorten(child.getNodeValue().strip()) + "' directly in "
                        + element.getLocalName() + " (only elements belong there)");
                return;
            }
        }
    }

    /** Simple content: text only, no child elements. */
    private void simpleContent(Element element) {
        if (!elements(element).isEmpty()) {
            problems.add(where(element) + ": " + element.getLocalName() + " must hold text only, but has the element '"
                    + elements(element).get(0).getNodeName() + "'");
        }
    }

    private static boolean hasContent(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE || isText(child)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isText(Node node) {
        return node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE;
    }

    static List<Element> elements(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.ELEMENT_NODE) {
                elements.add((Element) child);
            }
        }
        return elements;
    }

    static boolean isCmi5(Element element, String name) {
        return NS.equals(element.getNamespaceURI()) && name.equals(element.getLocalName());
    }

    private static boolean isCmi5Named(Element element, Set<String> names) {
        return NS.equals(element.getNamespaceURI()) && names.contains(element.getLocalName());
    }

    /** In another namespace than cmi5's: what the schema's ##other takes (no namespace is not "other"). */
    private static boolean isForeign(Element element) {
        return element.getNamespaceURI() != null && !NS.equals(element.getNamespaceURI());
    }

    /** XML Schema's whitespace collapse, as for xs:anyURI, xs:decimal and xs:language. */
    static String collapse(String text) {
        return text.replaceAll("[ \\t\\r\\n]+", " ").strip();
    }

    private static String shorten(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Names the part of the structure a problem is in: "AU 'https://...'", "block #2", "course". */
    static String where(Element element) {
        for (Element e = element; e != null; e = e.getParentNode() instanceof Element p ? p : null) {
            if (!NS.equals(e.getNamespaceURI())) {
                continue;
            }
            String name = e.getLocalName();
            boolean isObjective = name.equals("objective") && e.getParentNode() instanceof Element parent
                    && parent.getParentNode() instanceof Element grand && isCmi5(grand, "courseStructure");
            String label = switch (name) {
                case "au" -> "AU";
                case "block" -> "block";
                case "course" -> "course";
                case "courseStructure" -> "courseStructure";
                default -> isObjective ? "objective" : null;
            };
            if (label == null) {
                continue;
            }
            String id = e.hasAttributeNS(null, "id") ? collapse(e.getAttributeNS(null, "id")) : "";
            String named = id.isEmpty() ? label + (label.equals("courseStructure") || label.equals("course") ? ""
                    : " #" + position(e)) : label + " '" + id + "'";
            return e == element ? named : named + ", " + element.getLocalName();
        }
        return element.getNodeName();
    }

    private static int position(Element element) {
        int position = 1;
        Element root = element.getOwnerDocument().getDocumentElement();
        List<Element> all = new ArrayList<>();
        collect(root, element.getLocalName(), all);
        for (Element e : all) {
            if (e == element) {
                return position;
            }
            position++;
        }
        return position;
    }

    private static void collect(Element parent, String name, List<Element> found) {
        for (Element child : elements(parent)) {
            if (isCmi5(child, name)) {
                found.add(child);
            }
            collect(child, name, found);
        }
    }
}
