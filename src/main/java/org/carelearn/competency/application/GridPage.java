package org.carelearn.competency.application;

import java.util.List;

/** A page of the manager's grid: the competencies as columns, the people on the page, and how many there are. */
public record GridPage(List<CompetencyEntry> competencies, List<GridPerson> people, long total) {
}
