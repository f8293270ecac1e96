package org.carelearn.learning.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.Block;
import org.carelearn.catalog.domain.CourseStructure;
import org.carelearn.catalog.domain.LaunchMethod;
import org.carelearn.catalog.domain.MoveOn;
import org.junit.jupiter.api.Test;

class CourseProgressTest {

    private static final String COURSE = "https://publisher.test/course";
    private static final Cmi5Ids IDS = new Cmi5Ids("https://lms.test");

    private static Au au(String name, MoveOn moveOn) {
        return new Au("https://publisher.test/au/" + name, name, "", name + ".html", LaunchMethod.ANY_WINDOW, moveOn,
                moveOn == MoveOn.COMPLETED ? null : new BigDecimal("0.8"), null, null, null);
    }

    private final Au read = au("read", MoveOn.COMPLETED);
    private final Au quiz = au("quiz", MoveOn.COMPLETED_OR_PASSED);
    private final Au exam = au("exam", MoveOn.PASSED);
    private final Block block = new Block("https://publisher.test/block", "Block", "", List.of(read, quiz));
    private final CourseStructure structure = new CourseStructure(COURSE, "Course", "", List.of(block, exam));

    private final List<StatementFacts> statements = new ArrayList<>();

    private void add(Au au, Cmi5Statements statement) {
        statements.add(statement.object(IDS.au(COURSE, au.id())).grouping(au.id()).facts());
    }

    private CourseProgress progress() {
        return CourseProgress.of(structure, IDS, statements);
    }

    @Test
    void nothingIsSatisfiedBeforeAnyStatement() {
        CourseProgress progress = progress();
        assertEquals(0, progress.percent());
        assertFalse(progress.satisfied());
        assertTrue(progress.blocksToMarkSatisfied().isEmpty());
    }

    @Test
    void aBlockIsSatisfiedWhenAllItsAusMeetTheirMoveOn() {
        add(read, Cmi5Statements.completed());
        add(quiz, Cmi5Statements.failed("0.4"));
        assertFalse(progress().satisfied(block));
        add(quiz, Cmi5Statements.completed());
        CourseProgress progress = progress();
        assertTrue(progress.satisfied(block));
        assertEquals(List.of(block), progress.blocksToMarkSatisfied());
        assertEquals(66, progress.percent());
        assertFalse(progress.courseToMarkSatisfied());
    }

    @Test
    void theCourseIsSatisfiedWhenEveryMemberIsAndOnlyOnce() {
        add(read, Cmi5Statements.completed());
        add(quiz, Cmi5Statements.passed("0.9"));
        add(exam, Cmi5Statements.failed("0.5"));
        assertFalse(progress().satisfied());
        add(exam, Cmi5Statements.passed("0.85"));
        CourseProgress progress = progress();
        assertTrue(progress.satisfied());
        assertTrue(progress.courseToMarkSatisfied());
        assertEquals(100, progress.percent());
        assertEquals(new BigDecimal("0.85"), progress.au(exam.id()).bestScore());

        statements.add(Cmi5Statements.of(Cmi5.SATISFIED).object(IDS.course(COURSE)).facts());
        statements.add(Cmi5Statements.of(Cmi5.SATISFIED).object(IDS.block(COURSE, block.id())).facts());
        assertFalse(progress().courseToMarkSatisfied());
        assertTrue(progress().blocksToMarkSatisfied().isEmpty());
    }

    @Test
    void aWaivedAuMeetsItsMoveOnAndNotApplicableNeedsNothing() {
        add(exam, Cmi5Statements.of(Cmi5.WAIVED).success(true).completion(true).moveOn());
        assertTrue(progress().au(exam.id()).satisfied());
        assertEquals("Waived", progress().au(exam.id()).getLabel());
        Au optional = au("optional", MoveOn.NOT_APPLICABLE);
        CourseStructure open = new CourseStructure(COURSE, "Course", "", List.of(optional));
        assertTrue(CourseProgress.of(open, IDS, List.of()).courseToMarkSatisfied());
    }

    @Test
    void anAuIsOpenedOnceItWasLaunchedAndNotBefore() {
        assertFalse(progress().au(read.id()).opened());
        assertEquals("Not started", progress().au(read.id()).getLabel());
        add(read, Cmi5Statements.of(Cmi5.LAUNCHED));
        assertTrue(progress().au(read.id()).opened());
        assertEquals("Not completed", progress().au(read.id()).getLabel());
        assertFalse(progress().au(quiz.id()).opened(), "another AU's launch opens only that AU");
    }

    @Test
    void everyJudgedAttemptIsKeptOldestFirst() {
        add(exam, Cmi5Statements.failed("0.75").at("2026-12-01T09:00:00Z"));
        add(exam, Cmi5Statements.passed("1.0").at("2026-12-02T10:30:00Z"));
        add(exam, Cmi5Statements.completed());
        List<Attempt> attempts = progress().au(exam.id()).getAttempts();
        assertEquals(List.of("Not passed", "Passed"), attempts.stream().map(Attempt::getLabel).toList());
        assertEquals(List.of(75, 100), attempts.stream().map(Attempt::getScorePercent).toList());
        assertEquals(java.time.Instant.parse("2026-12-01T09:00:00Z"), attempts.get(0).getAt());
        assertTrue(progress().au(read.id()).getAttempts().isEmpty());
    }

    @Test
    void statementsThatAreNotCmi5DefinedOrAboutOtherActivitiesDoNotCount() {
        statements.add(Cmi5Statements.answered().object(IDS.au(COURSE, read.id())).facts());
        statements.add(Cmi5Statements.completed().object("https://elsewhere.test/au").facts());
        assertFalse(progress().au(read.id()).completed());
    }

    @Test
    void generatedIdsAreStableAndNeverThePublishersOwn() {
        assertEquals(IDS.au(COURSE, read.id()), new Cmi5Ids("https://lms.test/").au(COURSE, read.id()));
        assertFalse(IDS.au(COURSE, read.id()).equals(read.id()));
        assertFalse(IDS.au(COURSE, read.id()).equals(IDS.au(COURSE + "2", read.id())));
    }
}
