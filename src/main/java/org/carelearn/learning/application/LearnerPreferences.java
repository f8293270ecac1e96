package org.carelearn.learning.application;

import java.util.List;
import java.util.regex.Pattern;
import org.carelearn.platform.BusinessRuleException;

/**
 * cmi5's learner preferences (section 11): a comma-separated list of RFC 5646 language tags, first choice
 * first, and audio "on" or "off".
 */
public record LearnerPreferences(String languagePreference, String audioPreference) {

    // Before DEFAULT: static fields initialise in order, and DEFAULT's constructor uses it.
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    public static final LearnerPreferences DEFAULT = new LearnerPreferences("en-US", "on");

    public LearnerPreferences {
        if (languagePreference == null || languagePreference.isBlank() || !List.of(languagePreference.split(","))
                .stream().map(String::strip).allMatch(tag -> TAG.matcher(tag).matches())) {
            throw new BusinessRuleException("Give languages as language tags separated by commas, such as en-US,es");
        }
        if (!"on".equals(audioPreference) && !"off".equals(audioPreference)) {
            throw new BusinessRuleException("Audio is either on or off");
        }
        languagePreference = String.join(",", List.of(languagePreference.split(",")).stream().map(String::strip)
                .toList());
    }

    /** The first choice, which the page's language menu shows. */
    public String firstLanguage() {
        return languagePreference.split(",")[0];
    }
}
