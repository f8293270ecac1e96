package org.carelearn.xapi.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.application.AgentDirectory;
import org.carelearn.xapi.application.StatementStore;
import org.carelearn.xapi.domain.statement.Agents;
import org.carelearn.xapi.domain.statement.StatementQuery;
import org.omnifaces.util.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/statements.xhtml: the LRS's statements, newest first, filtered by person (name, employee id or
 * e-mail, resolved through the {@link AgentDirectory} another context provides), verb, activity or
 * registration, with the full JSON of the one selected. Each row names whose statement it is.
 */
@Named
@ViewScoped
public class StatementBrowser implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How many people a search offers to choose from when it matches several. */
    private static final int MATCHES_SHOWN = 20;

    @Inject
    private StatementStore store;

    @Inject
    private Instance<AgentDirectory> directory;

    private String person;
    private List<Match> matches = List.of();
    private Match chosen;
    /** The person searched for matches no one: the table shows nothing rather than everyone. */
    private boolean nobody;
    private String agentMbox;
    private String verb;
    private String activity;
    private String registration;
    private Model model;
    private String selectedJson;

    @PostConstruct
    void init() {
        model = new Model();
    }

    /**
     * Applies the filters. A person's text is looked up in the directory: one match filters by them, several
     * are offered to choose from, none says so (an e-mail that is no one's in the directory is still looked
     * for as an agent's mbox, for statements of people outside CareLearn).
     */
    public void filter() {
        matches = List.of();
        nobody = false;
        agentMbox = null;
        if (chosen != null && !blank(person) && chosen.description().equals(person.strip())) {
            return; // the person chosen before, while other filters change
        }
        chosen = null;
        if (blank(person)) {
            return;
        }
        List<Match> found = directory.isResolvable() ? directory.get().find(person, MATCHES_SHOWN + 1).stream()
                .map(Match::of).toList() : List.of();
        if (found.size() == 1) {
            choose(found.get(0));
        } else if (found.size() > 1) {
            matches = List.copyOf(found.subList(0, Math.min(found.size(), MATCHES_SHOWN)));
            nobody = true;
            Messages.addGlobalWarn("{0} people match \"{1}\": choose one below.",
                    found.size() > MATCHES_SHOWN ? "More than " + MATCHES_SHOWN : found.size(), person.strip());
        } else if (person.contains("@")) {
            agentMbox = person.strip();
        } else {
            nobody = true;
            Messages.addGlobalWarn("No one in the staff directory matches \"{0}\".", person.strip());
        }
    }

    /** One of the people a search matched. */
    public void choose(Match match) {
        chosen = match;
        matches = List.of();
        nobody = false;
        person = match.description();
    }

    StatementQuery query() {
        String agentKey = chosen != null ? chosen.agentKey()
                : blank(agentMbox) ? null
                : Agents.identityKey(Jsons.createObjectBuilder().add("mbox", agentMbox.startsWith("mailto:")
                        ? agentMbox.strip() : "mailto:" + agentMbox.strip()).build()).orElse(null);
        return StatementQuery.builder().agent(agentKey, false).verb(blank(verb) ? null : verb.strip())
                .activity(blank(activity) ? null : activity.strip(), false)
                .registration(blank(registration) ? null : registration.strip().toLowerCase(Locale.ROOT)).build();
    }

    public void show(StatementRow row) {
        selectedJson = row.json();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    /** One statement as a table row, with its JSON pretty-printed for the detail view. */
    public record StatementRow(String id, String stored, String actor, String verb, String object, String json)
            implements Serializable {

        static StatementRow of(JsonObject statement, Map<String, String> people) {
            JsonObject actor = statement.getJsonObject("actor");
            String person = Agents.identityKey(actor).map(people::get).orElse(null);
            JsonObject object = statement.getJsonObject("object");
            StringWriter text = new StringWriter();
            try (var writer = Jsons.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
                writer.writeObject(statement);
            }
            return new StatementRow(statement.getString("id"), statement.getString("stored", ""),
                    person != null ? person : actor.containsKey("name") ? actor.getString("name")
                            : Agents.identityKey(actor).orElse("(group)"),
                    statement.getJsonObject("verb").getString("id"),
                    object.getString("id", object.getString("objectType", "")), text.toString().strip());
        }

        // JavaBean getters for the page: Jakarta EL 5 (EE 10) does not read record components.

        public String getId() {
            return id;
        }

        public String getStored() {
            return stored;
        }

        public Instant getStoredAt() {
            return stored.isEmpty() ? null : Instant.parse(stored);
        }

        public String getActor() {
            return actor;
        }

        public String getVerb() {
            return verb;
        }

        public String getObject() {
            return object;
        }
    }

    /** Pages by offset over the statements that match directly. */
    public class Model extends LazyDataModel<StatementRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return nobody ? 0 : (int) Math.min(Integer.MAX_VALUE, store.count(query()));
        }

        @Override
        public List<StatementRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            if (nobody) {
                return List.of();
            }
            List<JsonObject> page = store.browse(query(), first, pageSize);
            Map<String, String> people = directory.isResolvable() ? directory.get().describe(page.stream()
                    .map(statement -> statement.getJsonObject("actor")).toList()) : Map.of();
            return page.stream().map(statement -> StatementRow.of(statement, people)).toList();
        }
    }

    public Model getModel() {
        return model;
    }

    public String getSelectedJson() {
        return selectedJson;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    /** The people a search matched, when it matched several. */
    public List<Match> getMatches() {
        return matches;
    }

    /** A person a search found, and the identity key of their agent. */
    public record Match(String description, String agentKey) implements Serializable {

        static Match of(AgentDirectory.Person person) {
            return new Match(person.description(), Agents.identityKey(person.agent()).orElseThrow());
        }

        public String getDescription() {
            return description;
        }
    }

    public String getVerb() {
        return verb;
    }

    public void setVerb(String verb) {
        this.verb = verb;
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getRegistration() {
        return registration;
    }

    public void setRegistration(String registration) {
        this.registration = registration;
    }
}
