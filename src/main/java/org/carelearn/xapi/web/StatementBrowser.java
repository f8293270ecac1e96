package org.carelearn.xapi.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import java.io.Serializable;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carelearn.xapi.application.StatementStore;
import org.carelearn.xapi.domain.Agents;
import org.carelearn.xapi.domain.StatementQuery;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * admin/statements.xhtml: the LRS's statements, newest first, filtered by agent (mbox), verb, activity
 * or registration, with the full JSON of the one selected.
 */
@Named
@ViewScoped
public class StatementBrowser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private StatementStore store;

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

    StatementQuery query() {
        String agentKey = blank(agentMbox) ? null
                : Agents.identityKey(Json.createObjectBuilder().add("mbox", agentMbox.startsWith("mailto:")
                        ? agentMbox.strip() : "mailto:" + agentMbox.strip()).build()).orElse(null);
        return new StatementQuery(agentKey, false, blank(verb) ? null : verb.strip(),
                blank(activity) ? null : activity.strip(), false,
                blank(registration) ? null : registration.strip().toLowerCase(Locale.ROOT), null, null, 0,
                false, 0);
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

        static StatementRow of(JsonObject statement) {
            JsonObject actor = statement.getJsonObject("actor");
            JsonObject object = statement.getJsonObject("object");
            StringWriter text = new StringWriter();
            try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
                writer.writeObject(statement);
            }
            return new StatementRow(statement.getString("id"), statement.getString("stored", ""),
                    actor.containsKey("name") ? actor.getString("name") : Agents.identityKey(actor).orElse("(group)"),
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
            return (int) Math.min(Integer.MAX_VALUE, store.count(query()));
        }

        @Override
        public List<StatementRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return store.browse(query(), first, pageSize).stream().map(StatementRow::of).toList();
        }
    }

    public Model getModel() {
        return model;
    }

    public String getSelectedJson() {
        return selectedJson;
    }

    public String getAgentMbox() {
        return agentMbox;
    }

    public void setAgentMbox(String agentMbox) {
        this.agentMbox = agentMbox;
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
