package org.carelearn.competency.web;

import java.util.List;
import org.carelearn.competency.application.EvidenceView;
import org.carelearn.competency.application.ProfileLine;
import org.carelearn.platform.time.DateStyle;

/**
 * One competency of competency/profile.xhtml as the page writes it, worked out once in Java: a profile of 40
 * competencies and 50 pieces of evidence made about 900 EL calls of record accessors, each resolved by
 * reflection (CompetencyBench, README "Benchmarks"); the page reads these getters instead.
 */
public final class ProfileLineRow {

    private final ProfileLine line;
    private final String subtitle;
    private final String currentUntil;
    private final List<Evidence> evidence;

    ProfileLineRow(ProfileLine line) {
        this.line = line;
        this.subtitle = text(line.code()) + " " + text(line.frameworkTitle())
                + (line.required() ? "" : " (not required by your job)");
        this.currentUntil = line.currentUntil() == null ? "Not current" : DateStyle.date(line.currentUntil());
        this.evidence = line.evidence().stream().map(Evidence::new).toList();
    }

    public String getCompetencyIdentifier() {
        return line.competencyIdentifier();
    }

    public String getTitle() {
        return line.title();
    }

    public String getStatusStyle() {
        return line.getStatusStyle();
    }

    public String getStatusLabel() {
        return line.getStatusLabel();
    }

    /** The code, the framework and, when the job does not require it, that it is not required. */
    public String getSubtitle() {
        return subtitle;
    }

    public String getStatement() {
        return line.statement();
    }

    public String getLevelNeededLabel() {
        return line.levelNeededLabel();
    }

    public String getLevelShownLabel() {
        return line.levelShownLabel();
    }

    /** The last day it stays current in the hospital's style, or "Not current". */
    public String getCurrentUntil() {
        return currentUntil;
    }

    public String getNextStep() {
        return line.nextStep();
    }

    public List<Evidence> getEvidence() {
        return evidence;
    }

    /** One row of a competency's evidence table. */
    public static final class Evidence {

        private final EvidenceView view;
        private final String givenOn;
        private final String notes;

        Evidence(EvidenceView view) {
            this.view = view;
            this.givenOn = DateStyle.date(view.givenOn());
            this.notes = text(view.comment()) + (view.indicatorsMet() == null || view.indicatorsMet().isEmpty() ? ""
                    : " (" + view.indicatorsMet() + ")");
        }

        public long getId() {
            return view.id();
        }

        public String getGivenOn() {
            return givenOn;
        }

        public String getKindLabel() {
            return view.kindLabel();
        }

        public String getLevelLabel() {
            return view.levelLabel();
        }

        public String getGivenBy() {
            return view.givenBy();
        }

        public int getFrameworkVersion() {
            return view.frameworkVersion();
        }

        /** The comment, with how many indicators were met for an observed validation. */
        public String getNotes() {
            return notes;
        }

        public boolean isHasDocument() {
            return view.hasDocument();
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
