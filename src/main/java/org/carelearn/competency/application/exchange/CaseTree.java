package org.carelearn.competency.application.exchange;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.carelearn.competency.application.exchange.CasePackageReader.Reasons;
import org.carelearn.competency.application.exchange.CaseVocabulary.Role;
import org.carelearn.competency.domain.CompetencyDefinition;
import org.carelearn.competency.domain.DomainDefinition;
import org.carelearn.competency.domain.FrameworkDefinition;
import org.carelearn.competency.domain.IndicatorDefinition;
import org.carelearn.competency.domain.ProficiencyScale;

/**
 * The items of a package placed in the framework's tree by its isChildOf associations (CASE 1.1 information
 * model, CFAssociation: "origin isChildOf destination"), and the role each takes in CareLearn's three levels.
 */
final class CaseTree {

    private static final int MAX_TITLE = FrameworkDefinition.MAX_TITLE;

    private final String documentId;
    private final Map<String, CaseNode> items;
    private final Reasons reasons;
    private final Map<String, Link> parents = new HashMap<>();
    private final Map<String, List<Link>> skillLevels = new LinkedHashMap<>();
    private final Map<String, Role> roles = new LinkedHashMap<>();

    CaseTree(String documentId, Map<String, CaseNode> items, Reasons reasons) {
        this.documentId = documentId;
        this.items = items;
        this.reasons = reasons;
    }

    void associate(JsonObject association) {
        String type = CaseNode.text(association, "associationType");
        String id = CaseNode.text(association, "identifier");
        String origin = end(association, "originNodeURI");
        String destination = end(association, "destinationNodeURI");
        int sequence = CasePackageReader.number(association, "sequenceNumber", Integer.MAX_VALUE);
        if (type.isEmpty() || origin.isEmpty() || destination.isEmpty()) {
            reasons.add("The CFAssociation " + id + " needs an associationType, an originNodeURI and a"
                    + " destinationNodeURI, each with an identifier");
            return;
        }
        if (type.equals(CaseVocabulary.IS_CHILD_OF)) {
            childOf(id, origin, destination, sequence);
        } else if (type.equals(CaseVocabulary.HAS_SKILL_LEVEL)) {
            if (!items.containsKey(origin) || !items.containsKey(destination)) {
                reasons.add("The hasSkillLevel association " + id + " links " + unknown(origin, destination)
                        + ", which is not an item of the package");
                return;
            }
            skillLevels.computeIfAbsent(origin, k -> new ArrayList<>()).add(new Link(destination, sequence));
        }
        // Other types (exactMatchOf, isRelatedTo...) relate items to other frameworks: nothing CareLearn keeps.
    }

    private void childOf(String id, String origin, String destination, int sequence) {
        if (!items.containsKey(origin)) {
            reasons.add("The isChildOf association " + id + " starts from " + origin
                    + ", which is not an item of the package");
            return;
        }
        if (!destination.equals(documentId) && !items.containsKey(destination)) {
            reasons.add("The isChildOf association " + id + " places " + items.get(origin).label() + " under "
                    + destination + ", which is neither the CFDocument nor an item of the package");
            return;
        }
        Link earlier = parents.get(origin);
        if (earlier != null && !earlier.target().equals(destination)) {
            reasons.add(capital(items.get(origin).label()) + " has two parents (" + earlier.target() + " and "
                    + destination + "); CareLearn keeps each item in one place");
            return;
        }
        parents.put(origin, new Link(destination, sequence));
    }

    /** Gives every item reachable from the document its role; names the items that fit nowhere. */
    void placeAll() {
        Set<String> levelItems = levelItems();
        Map<String, List<String>> children = new HashMap<>();
        parents.entrySet().stream().filter(e -> !levelItems.contains(e.getKey()))
                .sorted(Comparator.comparingInt((Map.Entry<String, Link> e) -> e.getValue().sequence())
                        .thenComparingInt(e -> items.get(e.getKey()).position()))
                .forEach(e -> children.computeIfAbsent(e.getValue().target(), k -> new ArrayList<>())
                        .add(e.getKey()));
        place(documentId, null, children);
        for (CaseNode item : items.values()) {
            if (!roles.containsKey(item.identifier().toLowerCase(Locale.ROOT))
                    && !levelItems.contains(item.identifier().toLowerCase(Locale.ROOT))) {
                reasons.add(capital(item.label()) + " is not placed in the framework: no chain of isChildOf"
                        + " associations leads from it to the CFDocument");
            }
        }
        this.children = children;
    }

    private Map<String, List<String>> children = Map.of();

    private void place(String parent, Role parentRole, Map<String, List<String>> children) {
        for (String child : children.getOrDefault(parent, List.of())) {
            List<String> below = children.getOrDefault(child, List.of());
            Role role = CaseVocabulary.role(items.get(child).itemType());
            if (role == Role.UNKNOWN) {
                if (below.isEmpty()) {
                    role = parentRole == Role.COMPETENCY ? Role.INDICATOR : Role.COMPETENCY;
                } else {
                    boolean leaves = below.stream().allMatch(c -> children.getOrDefault(c, List.of()).isEmpty());
                    role = leaves ? Role.COMPETENCY : Role.DOMAIN;
                }
            }
            boolean fits = switch (role) {
                case DOMAIN -> parentRole == null;
                case COMPETENCY -> parentRole == null || parentRole == Role.DOMAIN;
                case INDICATOR -> parentRole == Role.COMPETENCY && below.isEmpty();
                default -> false;
            };
            if (!fits) {
                reasons.add(capital(items.get(child).label()) + " cannot be a " + name(role) + " where it sits"
                        + (parentRole == null ? " (under the CFDocument)" : " (under a " + name(parentRole) + ")")
                        + (below.isEmpty() ? "" : " with items under it")
                        + ": CareLearn holds domains under the framework, competencies under the framework or a"
                        + " domain, and behavioural indicators under a competency, three levels at most");
            }
            roles.put(child, role);
            place(child, role, children);
        }
    }

    private Set<String> levelItems() {
        Set<String> levels = new HashSet<>();
        skillLevels.values().forEach(list -> list.forEach(link -> levels.add(link.target())));
        return levels;
    }

    List<String> competencies() {
        return roles.entrySet().stream().filter(e -> e.getValue() == Role.COMPETENCY).map(Map.Entry::getKey)
                .toList();
    }

    /** The level items a competency names through hasSkillLevel, in their sequence. */
    List<CaseNode> skillLevels(String competency) {
        return skillLevels.getOrDefault(competency, List.of()).stream()
                .sorted(Comparator.comparingInt(Link::sequence)).map(link -> items.get(link.target())).toList();
    }

    CaseNode item(String identifier) {
        return items.get(identifier);
    }

    /** The framework the tree describes, or null when one of its parts breaks a rule (each named as a reason). */
    FrameworkDefinition framework(JsonObject document, String id, ProficiencyScale scale) {
        List<DomainDefinition> domains = new ArrayList<>();
        List<CompetencyDefinition> competencies = new ArrayList<>();
        boolean broken = false;
        // File order, not tree order: a framework lists its competencies in its own order, whatever their domains.
        List<Map.Entry<String, Role>> placed = roles.entrySet().stream()
                .sorted(Comparator.comparingInt(e -> items.get(e.getKey()).position())).toList();
        for (Map.Entry<String, Role> entry : placed) {
            CaseNode node = items.get(entry.getKey());
            String parent = parents.get(entry.getKey()).target();
            if (entry.getValue() == Role.DOMAIN) {
                DomainDefinition domain = CasePackageReader.kept(reasons, () -> new DomainDefinition(
                        entry.getKey(), node.humanCodingScheme(),
                        node.abbreviatedStatement().isEmpty() ? node.fullStatement() : node.abbreviatedStatement()));
                broken |= domain == null;
                if (domain != null) {
                    domains.add(domain);
                }
            } else if (entry.getValue() == Role.COMPETENCY) {
                List<IndicatorDefinition> indicators = new ArrayList<>();
                for (String child : children.getOrDefault(entry.getKey(), List.of())) {
                    IndicatorDefinition indicator = CasePackageReader.kept(reasons,
                            () -> new IndicatorDefinition(child, items.get(child).fullStatement()));
                    broken |= indicator == null;
                    if (indicator != null) {
                        indicators.add(indicator);
                    }
                }
                String domain = parent.equals(id) ? null : parent;
                CompetencyDefinition competency = CasePackageReader.kept(reasons, () -> new CompetencyDefinition(
                        entry.getKey(), node.humanCodingScheme(), title(node), node.fullStatement(), domain,
                        indicators, node.notes()));
                broken |= competency == null;
                if (competency != null) {
                    competencies.add(competency);
                }
            }
        }
        if (broken || scale == null) {
            return null;
        }
        String publisher = CaseNode.text(document, "publisher").isEmpty() ? CaseNode.text(document, "creator")
                : CaseNode.text(document, "publisher");
        return CasePackageReader.kept(reasons, () -> new FrameworkDefinition(id, CaseNode.text(document, "title"),
                CaseNode.text(document, "description"), publisher, CaseNode.text(document, "version"),
                CaseNode.text(document, "language"), scale, domains, competencies,
                CasePackageReader.lines(CaseNode.text(document, "notes"))));
    }

    /** A competency's short title: its abbreviated statement, else its statement, cut at a word to fit. */
    private static String title(CaseNode node) {
        if (!node.abbreviatedStatement().isEmpty()) {
            return node.abbreviatedStatement();
        }
        String statement = node.fullStatement();
        if (statement.length() <= MAX_TITLE) {
            return statement;
        }
        int cut = statement.lastIndexOf(' ', MAX_TITLE - 1);
        return statement.substring(0, cut > MAX_TITLE / 2 ? cut : MAX_TITLE - 1).strip() + "…";
    }

    private static String end(JsonObject association, String name) {
        return association.get(name) instanceof JsonObject link
                ? CaseNode.text(link, "identifier").toLowerCase(Locale.ROOT) : "";
    }

    private String unknown(String origin, String destination) {
        return items.containsKey(origin) ? destination : origin;
    }

    private static String name(Role role) {
        return role == Role.INDICATOR ? "behavioural indicator" : role.name().toLowerCase(Locale.ROOT);
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private record Link(String target, int sequence) {
    }
}
