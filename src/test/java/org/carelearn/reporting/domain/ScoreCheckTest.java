package org.carelearn.reporting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carelearn.reporting.application.experience.ScoreFormat;
import org.junit.jupiter.api.Test;

class ScoreCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    private final ScoreCheck check = new ScoreCheck(Set.of("ONC-INPT", "INFUSION"),
            List.of("Communication with Nurses", "Communication with Doctors"), TODAY);

    private static List<ScoreLine> lines(String csv) {
        ScoreFormat.Parsed parsed = ScoreFormat.parse(new StringReader(csv));
        assertEquals(List.of(), parsed.problems());
        return parsed.lines();
    }

    @Test
    void goodLinesAreAddedInCanonicalSpellingAndTheSameFiguresAgainChangeNothing() {
        List<ScoreLine> lines = lines("\uFEFFquarter,department,measure,top_box_percent,surveys\n"
                + "2026-Q3,onc-inpt,communication with NURSES,78.5,112\n"
                + "2026q2,INFUSION,Communication with Doctors,81%,40\n");
        ScoreCheck.Plan first = check.check(lines, Map.of());
        assertTrue(first.accepted());
        assertEquals(2, first.added().size());
        ExperienceScore nurses = first.added().get(0);
        assertEquals(new ExperienceScore("ONC-INPT", new Quarter(2026, 3), "Communication with Nurses",
                new BigDecimal("78.50"), 112), nurses);

        Map<String, ExperienceScore> stored = Map.of(nurses.key(), nurses, first.added().get(1).key(),
                first.added().get(1));
        ScoreCheck.Plan again = check.check(lines, stored);
        assertEquals(List.of(), again.added());
        assertEquals(List.of(), again.changed());
        assertEquals(2, again.unchanged());

        ScoreCheck.Plan corrected = check.check(lines("department,quarter,measure,top_box_percent,surveys\n"
                + "ONC-INPT,2026-Q3,Communication with Nurses,78.50,113\n"), stored);
        assertEquals(1, corrected.changed().size(), "one more survey is a correction");
        assertEquals(0, corrected.unchanged());
    }

    @Test
    void oneBadLineRefusesTheFileAndEachProblemNamesItsLine() {
        ScoreCheck.Plan plan = check.check(lines("department,quarter,measure,top_box_percent,surveys\n"
                + "ONC-INPT,2026-Q3,Communication with Nurses,78.5,112\n"
                + "NOWHERE,2026-Q3,Communication with Nurses,78.5,112\n"
                + "INFUSION,2026-Q5,Communication with Nurses,78.5,112\n"
                + "INFUSION,2027-Q1,Communication with Nurses,78.5,112\n"
                + "INFUSION,2026-Q3,Pain Management,78.5,112\n"
                + "INFUSION,2026-Q3,Communication with Nurses,100.5,112\n"
                + "INFUSION,2026-Q2,Communication with Nurses,78.123,0\n"
                + "ONC-INPT,2026-Q3,Communication with Nurses,79,112\n"), Map.of());
        assertFalse(plan.accepted());
        assertEquals(List.of(), plan.added(), "nothing is taken");
        assertEquals(List.of(
                "Line 3: department code 'NOWHERE' is not in the directory",
                "Line 4: quarter '2026-Q5' is not written as 2026-Q3",
                "Line 5: quarter 2027-Q1 has not begun, so it has no survey results yet",
                "Line 6: measure 'Pain Management' is not one CareLearn knows (the measures are listed on the Patient"
                        + " experience page, where leadership adds a new one)",
                "Line 7: top-box percentage 100.5 is not between 0 and 100",
                "Line 8: top-box percentage 78.123 has more than two decimals",
                "Line 8: number of surveys 0 is not between 1 and 1000000",
                "Line 9: department ONC-INPT, 2026-Q3, Communication with Nurses is also given on line 2"),
                plan.problems().stream().map(LineProblem::toString).toList());
    }

    @Test
    void theFileItselfIsCheckedFirst() {
        assertEquals("Line 1: the column 'surveys' is missing", ScoreFormat.parse(new StringReader(
                "department,quarter,measure,top_box_percent\nONC-INPT,2026-Q3,x,1\n")).problems().get(0).toString());
        assertEquals("File: the file has a header but no results", ScoreFormat.parse(new StringReader(
                "department,quarter,measure,top_box_percent,surveys\n")).problems().get(0).toString());
        assertEquals("Line 2: has 4 fields, the header has 5", ScoreFormat.parse(new StringReader(
                "department,quarter,measure,top_box_percent,surveys\nONC-INPT,2026-Q3,x,1\n")).problems().get(0)
                .toString());
    }

    @Test
    void quartersReadAndEndAsTheCalendarSays() {
        Quarter q = Quarter.parse(" 2024 q4 ");
        assertEquals("2024-Q4", q.toString());
        assertEquals(LocalDate.of(2024, 10, 1), q.firstDay());
        assertEquals(LocalDate.of(2024, 12, 31), q.lastDay());
        assertEquals(new Quarter(2025, 1), Quarter.of(LocalDate.of(2025, 3, 31)));
        assertEquals(new Quarter(2024, 4), new Quarter(2025, 1).previous());
    }
}
