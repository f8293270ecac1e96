package org.carelearn.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generated xAPI statements shaped like a hospital's cmi5 traffic: 5,000 learners, 300 activities in 30
 * courses, 100 verbs, ten registrations per learner, an instructor on one statement in five, parent,
 * grouping and category context activities, a result and extensions; about 1 KB each once the LRS has
 * added stored, authority and version. Statement {@code n} of a run is always the same, so the JDBC
 * comparison can insert exactly the rows that went through HTTP.
 */
final class BenchStatements {

    static final int AGENTS = 5_000;
    static final int ACTIVITIES = 300;
    static final int COURSES = 30;
    static final int VERBS = 100;
    static final int REGISTRATIONS_PER_AGENT = 10;
    static final String ACTIVITY_BASE = "https://courses.lindenridge.example/xapi/activities/";

    private static final String[] CMI5_VERBS = {"launched", "initialized", "completed", "passed", "failed",
        "abandoned", "waived", "terminated", "satisfied"};
    private static final Instant EPOCH = Instant.parse("2026-01-05T08:00:00Z");

    private final String run;

    /** @param run a tag that makes this run's statement ids differ from every earlier run's */
    BenchStatements(String run) {
        this.run = run;
    }

    /** The id of statement {@code n} of this run. */
    String id(long n) {
        return UUID.nameUUIDFromBytes((run + ":" + n).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String agentMbox(int agent) {
        return "mailto:learner" + agent + "@staff.lindenridge.example";
    }

    static String verbId(int verb) {
        return verb < CMI5_VERBS.length ? "http://adlnet.gov/expapi/verbs/" + CMI5_VERBS[verb]
                : "https://w3id.org/xapi/lindenridge/verbs/v" + verb;
    }

    static String activityId(int activity) {
        return ACTIVITY_BASE + "course" + (activity % COURSES) + "/au" + activity;
    }

    /** Registration {@code r} (0 to 9) of learner {@code agent}. */
    static String registration(int agent, int r) {
        return UUID.nameUUIDFromBytes(("registration:" + agent + ":" + r).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /** Statement {@code n} as a client sends it (no stored, authority or version). */
    String json(long n) {
        SplittableRandom random = new SplittableRandom(n * 0x9E3779B97F4A7C15L + 17);
        int agent = random.nextInt(AGENTS);
        int verb = random.nextInt(VERBS);
        int activity = random.nextInt(ACTIVITIES);
        int course = activity % COURSES;
        int registration = random.nextInt(REGISTRATIONS_PER_AGENT);
        Instant timestamp = EPOCH.plusSeconds(n * 7 + random.nextInt(5));
        StringBuilder s = new StringBuilder(1100);
        s.append("{\"id\":\"").append(id(n)).append('"');
        s.append(",\"actor\":{\"objectType\":\"Agent\",\"name\":\"Learner ").append(agent)
                .append("\",\"mbox\":\"").append(agentMbox(agent)).append("\"}");
        s.append(",\"verb\":{\"id\":\"").append(verbId(verb)).append("\",\"display\":{\"en-US\":\"verb ")
                .append(verb).append("\"}}");
        s.append(",\"object\":{\"objectType\":\"Activity\",\"id\":\"").append(activityId(activity))
                .append("\",\"definition\":{\"name\":{\"en-US\":\"Assignable unit ").append(activity)
                .append(" of course ").append(course).append("\"},\"description\":{\"en-US\":\"Empathetic")
                .append(" communication with patients and families, part ").append(activity)
                .append("\"},\"type\":\"https://w3id.org/xapi/cmi5/activitytype/block\"}}");
        s.append(",\"result\":{\"score\":{\"scaled\":0.").append(10 + random.nextInt(90)).append("},\"success\":")
                .append(random.nextBoolean()).append(",\"completion\":true,\"duration\":\"PT")
                .append(60 + random.nextInt(3000)).append("S\"}");
        s.append(",\"context\":{\"registration\":\"").append(registration(agent, registration)).append('"');
        if (random.nextInt(5) == 0) {
            s.append(",\"instructor\":{\"objectType\":\"Agent\",\"name\":\"Educator ").append(agent % 40)
                    .append("\",\"mbox\":\"mailto:educator").append(agent % 40).append("@staff.lindenridge.example\"}");
        }
        s.append(",\"contextActivities\":{\"parent\":[{\"objectType\":\"Activity\",\"id\":\"").append(ACTIVITY_BASE)
                .append("course").append(course).append("\"}],\"grouping\":[{\"objectType\":\"Activity\",\"id\":\"")
                .append(ACTIVITY_BASE).append("curriculum/patient-experience-2026\"}],\"category\":[{\"id\":")
                .append("\"https://w3id.org/xapi/cmi5/context/categories/moveon\"}]}");
        s.append(",\"platform\":\"CareLearn cmi5 player\",\"language\":\"en-US\",\"extensions\":{")
                .append("\"https://w3id.org/xapi/cmi5/context/extensions/sessionid\":\"")
                .append(UUID.nameUUIDFromBytes(("session:" + n / 8).getBytes(StandardCharsets.UTF_8)))
                .append("\",\"https://lindenridge.example/xapi/extensions/department\":\"dept-").append(agent % 10)
                .append("\"}}");
        s.append(",\"timestamp\":\"").append(timestamp).append("\"}");
        return s.toString();
    }

    /** Statements {@code from} (inclusive) to {@code to} (exclusive) as a JSON array. */
    String batch(long from, long to) {
        StringBuilder array = new StringBuilder((int) (to - from) * 1100).append('[');
        for (long n = from; n < to; n++) {
            if (n > from) {
                array.append(',');
            }
            array.append(json(n));
        }
        return array.append(']').toString();
    }
}
