package org.carelearn.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.carelearn.learning.application.LearnerPreferences;
import org.carelearn.learning.application.Learners;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.platform.security.CurrentPerson;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/**
 * The "Lesson preferences" form of My learning: the language lessons start in, offered only among the
 * languages the learner's courses are written in (none of them plays audio, so there is no audio choice;
 * the stored audio preference is kept as it is). With a single language there is nothing to choose, and the
 * page does not show the form.
 */
@Named
@ViewScoped
public class PreferencesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Learners learners;

    @Inject
    private CurrentPerson currentPerson;

    private String language;
    private String audio;
    private Map<String, String> languages;

    @PostConstruct
    void load() {
        LearnerPreferences preferences = learners.preferences(currentPerson.employeeId());
        audio = preferences.audioPreference();
        languages = labelled(learners.lessonLanguages(currentPerson.employeeId()));
        language = languages.containsValue(preferences.firstLanguage()) ? preferences.firstLanguage() : "en-US";
    }

    public void save() {
        if (!languages.containsValue(language)) {
            Messages.addGlobalError("Choose one of the languages your lessons offer.");
            return;
        }
        try {
            String list = "en-US".equals(language) ? "en-US" : language + ",en-US";
            learners.savePreferences(currentPerson.employeeId(), new LearnerPreferences(list, audio));
            Messages.addGlobalInfo("Saved. Lessons you open from now on use these preferences.");
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    /** Each language by its own name ("Español"); the region only where two share a language. */
    private static Map<String, String> labelled(List<String> tags) {
        Map<String, Long> perLanguage = tags.stream().map(PreferencesForm::ownName)
                .collect(Collectors.groupingBy(name -> name, Collectors.counting()));
        Map<String, String> out = new LinkedHashMap<>();
        for (String tag : tags) {
            Locale locale = Locale.forLanguageTag(tag);
            String name = ownName(tag);
            out.put(perLanguage.get(name) > 1 ? capitalised(locale.getDisplayName(locale), locale) : name, tag);
        }
        return out;
    }

    private static String ownName(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? tag : capitalised(name, locale);
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** Whether there is a choice to make: more than one language among the learner's lessons. */
    public boolean isOffered() {
        return languages.size() > 1;
    }

    public Map<String, String> getLanguages() {
        return languages;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }
}
