package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.carelearn.learning.domain.Learner;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.platform.config.Settings;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.application.StaffPerson;
import org.carelearn.xapi.application.AgentDirectory;
import org.carelearn.xapi.domain.statement.Agents;

/**
 * Tells the LRS's statement browser whose statements it shows: learners are xAPI accounts under the LMS's
 * IRI whose opaque names only this context can map back to staff members.
 */
@ApplicationScoped
public class StatementOwners implements AgentDirectory {

    /** How many people a search reads from the directory before keeping those with learning records. */
    private static final int CANDIDATES = 200;

    @Inject
    private LearningRepository repository;

    @Inject
    private StaffDirectory staff;

    @Inject
    private Settings settings;

    @Override
    @Transactional
    public List<Person> find(String text, int max) {
        List<Person> found = new ArrayList<>();
        for (StaffPerson person : staff.peopleMatching(text, CANDIDATES)) {
            Optional<Learner> learner = repository.learner(person.employeeId());
            if (learner.isPresent() && found.size() < max) {
                found.add(new Person(describe(person), learner.get().agent(settings.lmsIri())));
            }
        }
        return found;
    }

    @Override
    @Transactional
    public Map<String, String> describe(Collection<JsonObject> agents) {
        String homePage = settings.lmsIri();
        Map<String, String> keyByAccount = new HashMap<>();
        for (JsonObject agent : agents) {
            JsonObject account = agent.getJsonObject("account");
            if (account != null && homePage.equals(account.getString("homePage", null))
                    && account.containsKey("name")) {
                keyByAccount.put(account.getString("name"), Agents.identityKey(agent).orElseThrow());
            }
        }
        Map<String, String> described = new HashMap<>();
        for (Learner learner : repository.learnersByAccountNames(keyByAccount.keySet())) {
            staff.person(learner.getEmployeeId()).ifPresent(person ->
                    described.put(keyByAccount.get(learner.getAccountName()), describe(person)));
        }
        return described;
    }

    private static String describe(StaffPerson person) {
        return person.displayName() + " (" + person.employeeId() + ")";
    }
}
