package org.carelearn.reporting.domain;

import org.carelearn.competency.domain.CompetencyStatus;

/**
 * How the people who need one competency stand with it: how many are competent, expiring (competent, but what
 * shows it lapses within the expiring window), expired, in progress (some evidence, not yet at the level needed)
 * and never shown (no evidence at all). Shares are whole percentages of everyone counted, rounded half up.
 */
public record Tally(int competent, int expiring, int expired, int inProgress, int neverShown) {

    public static final Tally EMPTY = new Tally(0, 0, 0, 0, 0);

    public Tally {
        if (competent < 0 || expiring < 0 || expired < 0 || inProgress < 0 || neverShown < 0) {
            throw new IllegalArgumentException("A tally counts people: none of its counts is negative");
        }
    }

    /** So many people in the status. */
    public static Tally of(CompetencyStatus status, int people) {
        return switch (status) {
            case COMPETENT -> new Tally(people, 0, 0, 0, 0);
            case EXPIRING -> new Tally(0, people, 0, 0, 0);
            case EXPIRED -> new Tally(0, 0, people, 0, 0);
            case IN_PROGRESS -> new Tally(0, 0, 0, people, 0);
            case NOT_STARTED -> new Tally(0, 0, 0, 0, people);
        };
    }

    /** This tally with one more person in the status. */
    public Tally plus(CompetencyStatus status) {
        return switch (status) {
            case COMPETENT -> new Tally(competent + 1, expiring, expired, inProgress, neverShown);
            case EXPIRING -> new Tally(competent, expiring + 1, expired, inProgress, neverShown);
            case EXPIRED -> new Tally(competent, expiring, expired + 1, inProgress, neverShown);
            case IN_PROGRESS -> new Tally(competent, expiring, expired, inProgress + 1, neverShown);
            case NOT_STARTED -> new Tally(competent, expiring, expired, inProgress, neverShown + 1);
        };
    }

    public Tally plus(Tally other) {
        return new Tally(competent + other.competent, expiring + other.expiring, expired + other.expired,
                inProgress + other.inProgress, neverShown + other.neverShown);
    }

    /** Everyone counted: the people who need the competency. */
    public int total() {
        return competent + expiring + expired + inProgress + neverShown;
    }

    /** Who holds the level needed today, expiring included: they are competent until it lapses. */
    public int holding() {
        return competent + expiring;
    }

    public int count(CompetencyStatus status) {
        return switch (status) {
            case COMPETENT -> competent;
            case EXPIRING -> expiring;
            case EXPIRED -> expired;
            case IN_PROGRESS -> inProgress;
            case NOT_STARTED -> neverShown;
        };
    }

    /** The share of everyone counted who hold the level needed, in whole percent; 0 when nobody is counted. */
    public int coveragePercent() {
        return percent(holding());
    }

    public int percent(int count) {
        int total = total();
        return total == 0 ? 0 : (int) ((count * 200L + total) / (2L * total));
    }

    /** A band of the coverage for the cell's colour; the numbers beside it say the same in words. */
    public Band band() {
        if (total() == 0) {
            return Band.NONE;
        }
        int percent = coveragePercent();
        return percent >= 90 ? Band.HIGH : percent >= 70 ? Band.MIDDLE : Band.LOW;
    }

    /** Coverage bands: 90 % and above, 70 to 89 %, below 70 %, and nobody who needs it. */
    public enum Band {
        HIGH, MIDDLE, LOW, NONE
    }
}
