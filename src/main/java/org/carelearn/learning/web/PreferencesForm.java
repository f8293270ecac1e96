package org.carelearn.learning.web;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import org.carelearn.learning.application.LearnerPreferences;
import org.carelearn.learning.application.Learners;
import org.carelearn.platform.BusinessRuleException;
import org.carelearn.staff.web.CurrentUser;
import org.omnifaces.cdi.ViewScoped;
import org.omnifaces.util.Messages;

/** The "Lesson preferences" form of My learning: the language and audio lessons start with. */
@Named
@ViewScoped
public class PreferencesForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Languages offered; lessons fall back to their own language when they do not have the one chosen. */
    private static final Map<String, String> LANGUAGES = new LinkedHashMap<>();

    static {
        LANGUAGES.put("English", "en-US");
        LANGUAGES.put("Español", "es");
        LANGUAGES.put("Français", "fr");
        LANGUAGES.put("Português", "pt-BR");
        LANGUAGES.put("中文", "zh");
        LANGUAGES.put("Tiếng Việt", "vi");
    }

    @Inject
    private Learners learners;

    @Inject
    private CurrentUser currentUser;

    private String language;
    private boolean audio;

    @PostConstruct
    void load() {
        LearnerPreferences preferences = learners.preferences(currentUser.getEmployeeId());
        language = preferences.firstLanguage();
        audio = "on".equals(preferences.audioPreference());
    }

    public void save() {
        try {
            String list = "en-US".equals(language) ? "en-US" : language + ",en-US";
            learners.savePreferences(currentUser.getEmployeeId(), new LearnerPreferences(list, audio ? "on" : "off"));
            Messages.addGlobalInfo("Saved. Lessons you open from now on use these preferences.");
        } catch (BusinessRuleException e) {
            Messages.addGlobalError(e.getMessage());
        }
    }

    public Map<String, String> getLanguages() {
        return LANGUAGES;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isAudio() {
        return audio;
    }

    public void setAudio(boolean audio) {
        this.audio = audio;
    }
}
