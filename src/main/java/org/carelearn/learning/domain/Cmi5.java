package org.carelearn.learning.domain;

/** The IRIs cmi5 defines (cmi5 Quartz, sections 9.3, 9.4, 9.5.5 and 9.6). */
public final class Cmi5 {

    public static final String LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String INITIALIZED = "http://adlnet.gov/expapi/verbs/initialized";
    public static final String COMPLETED = "http://adlnet.gov/expapi/verbs/completed";
    public static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    public static final String FAILED = "http://adlnet.gov/expapi/verbs/failed";
    public static final String TERMINATED = "http://adlnet.gov/expapi/verbs/terminated";
    public static final String ABANDONED = "https://w3id.org/xapi/adl/verbs/abandoned";
    public static final String WAIVED = "https://w3id.org/xapi/adl/verbs/waived";
    public static final String SATISFIED = "https://w3id.org/xapi/adl/verbs/satisfied";

    public static final String CATEGORY_CMI5 = "https://w3id.org/xapi/cmi5/context/categories/cmi5";
    public static final String CATEGORY_MOVEON = "https://w3id.org/xapi/cmi5/context/categories/moveon";

    public static final String EXT_SESSION_ID = "https://w3id.org/xapi/cmi5/context/extensions/sessionid";
    public static final String EXT_MASTERY_SCORE = "https://w3id.org/xapi/cmi5/context/extensions/masteryscore";
    public static final String EXT_LAUNCH_MODE = "https://w3id.org/xapi/cmi5/context/extensions/launchmode";
    public static final String EXT_LAUNCH_URL = "https://w3id.org/xapi/cmi5/context/extensions/launchurl";
    public static final String EXT_MOVE_ON = "https://w3id.org/xapi/cmi5/context/extensions/moveon";
    public static final String EXT_LAUNCH_PARAMETERS = "https://w3id.org/xapi/cmi5/context/extensions/launchparameters";
    public static final String EXT_REASON = "https://w3id.org/xapi/cmi5/result/extensions/reason";

    public static final String TYPE_BLOCK = "https://w3id.org/xapi/cmi5/activitytype/block";
    public static final String TYPE_COURSE = "https://w3id.org/xapi/cmi5/activitytype/course";

    /** The state document the LMS writes before every launch (section 10). */
    public static final String LAUNCH_DATA = "LMS.LaunchData";
    /** The agent profile of learner preferences (section 11). */
    public static final String LEARNER_PREFERENCES = "cmi5LearnerPreferences";

    private Cmi5() {
    }

    /** The short name of a cmi5 verb for messages ("passed"), or the IRI itself. */
    public static String verbName(String verbId) {
        int cut = Math.max(verbId.lastIndexOf('/'), verbId.lastIndexOf('#'));
        return cut < 0 ? verbId : verbId.substring(cut + 1);
    }
}
