package org.carelearn.competency.web;

import java.io.Serializable;

/** What one of the profile's evidence forms holds until it is sent: a competency, a level and a comment. */
public class EvidenceChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private String competency;
    private Integer level;
    private String comment;

    void clear() {
        competency = null;
        level = null;
        comment = null;
    }

    public String getCompetency() {
        return competency;
    }

    public void setCompetency(String competency) {
        this.competency = competency;
    }

    public Integer getLevel() {
        return level;
    }

    public void setLevel(Integer level) {
        this.level = level;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
