package org.carelearn.reporting.domain;

/**
 * One department's required training at one month's end.
 *
 * @param required the courses required of its people at the month's end (one per person and course, however many
 *     rules asked for it)
 * @param completed of those, the ones completed and still valid at the month's end
 * @param due the rounds that fell due during the month
 * @param onTime of those, the ones completed by their due day
 */
public record MonthCount(int required, int completed, int due, int onTime) {

    public static final MonthCount NONE = new MonthCount(0, 0, 0, 0);

    public MonthCount plus(MonthCount other) {
        return new MonthCount(required + other.required, completed + other.completed, due + other.due,
                onTime + other.onTime);
    }

    /** Completed of required, in whole percent rounded half up; null when nothing was required. */
    public Integer completionPercent() {
        return percent(completed, required);
    }

    /** On time of due, in whole percent rounded half up; null when nothing fell due. */
    public Integer onTimePercent() {
        return percent(onTime, due);
    }

    private static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) ((part * 200L + whole) / (2L * whole));
    }
}
