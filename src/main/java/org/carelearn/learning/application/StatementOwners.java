package org.carelearn.learning.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.carelearn.learning.domain.Learner;
import org.carelearn.learning.domain.LearningRepository;
import org.carelearn.platform.config.Settings;
import org.carelearn.staff.application.StaffDirectory;
import org.carelearn.staff.domain.StaffMember;
import org.carelearn.staff.domain.StaffSearch;
import org.carelearn.xapi.application.AgentDirectory;
import org.carelearn.xapi.domain.Agents;

/**
 * Tells the LRS's statement browser whose statements it shows: learners are xAPI accounts under the LMS's
 * IRI whose opaque names only this context can map back to staff members.
 */
@ApplicationScoped
public class StatementOwners implements AgentDirectory {

    /** How many people a name search reads from the directory before checking every word of it. */
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
        String wanted = text == null ? "" : text.strip();
        if (wanted.isEmpty()) {
            return List.of();
        }
        Map<String, StaffMember> people = new LinkedHashMap<>();
        staff.find(wanted).ifPresent(member -> people.put(member.getEmployeeId(), member));
        if (wanted.contains("@")) {
            search(new StaffSearch(null, null, wanted, null, null, null, StaffSearch.Sort.NAME, true), people);
        } else {
            List<String> words = Arrays.asList(wanted.toLowerCase(Locale.ROOT).split("\\s+"));
            List<StaffMember> named = new ArrayList<>();
            search(new StaffSearch(null, words.get(0), null, null, null, null, StaffSearch.Sort.NAME, true), named);
            named.stream().filter(member -> words.stream().allMatch(word -> named(member, word)))
                    .forEach(member -> people.putIfAbsent(member.getEmployeeId(), member));
        }
        List<Person> found = new ArrayList<>();
        for (StaffMember member : people.values()) {
            Optional<Learner> learner = repository.learner(member.getEmployeeId());
            if (learner.isPresent() && found.size() < max) {
                found.add(new Person(describe(member), learner.get().agent(settings.lmsIri())));
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
            staff.find(learner.getEmployeeId()).ifPresent(member ->
                    described.put(keyByAccount.get(learner.getAccountName()), describe(member)));
        }
        return described;
    }

    private void search(StaffSearch search, Collection<StaffMember> into) {
        staff.search(search, 0, CANDIDATES).forEach(into::add);
    }

    private void search(StaffSearch search, Map<String, StaffMember> into) {
        staff.search(search, 0, CANDIDATES).forEach(member -> into.putIfAbsent(member.getEmployeeId(), member));
    }

    private static boolean named(StaffMember member, String word) {
        return member.getName().getGivenName().toLowerCase(Locale.ROOT).contains(word)
                || member.getName().getFamilyName().toLowerCase(Locale.ROOT).contains(word);
    }

    private static String describe(StaffMember member) {
        return member.getName().getDisplayName() + " (" + member.getEmployeeId() + ")";
    }
}
