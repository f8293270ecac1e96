package org.carelearn.learning.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.carelearn.catalog.domain.Au;
import org.carelearn.catalog.domain.Block;
import org.carelearn.catalog.domain.CourseStructure;
import org.carelearn.catalog.domain.StructureNode;

/**
 * Where a registration stands, derived from its statements alone: each AU's moveOn (13.1.4), each block
 * and the course satisfied when all their members are (9.3.9), and the satisfied statements the LMS has
 * already made, so that it makes each one once.
 */
public final class CourseProgress {

    private final CourseStructure structure;
    private final Cmi5Ids ids;
    private final Map<String, AuStatus> aus = new LinkedHashMap<>();
    private final Set<String> satisfiedObjects = new HashSet<>();

    private CourseProgress(CourseStructure structure, Cmi5Ids ids) {
        this.structure = structure;
        this.ids = ids;
    }

    /** Derives the progress of a registration from all its statements (voided ones left out by the LRS). */
    public static CourseProgress of(CourseStructure structure, Cmi5Ids ids, List<StatementFacts> statements) {
        CourseProgress progress = new CourseProgress(structure, ids);
        Map<String, Au> byActivity = new LinkedHashMap<>();
        for (Au au : structure.aus()) {
            byActivity.put(ids.au(structure.id(), au.id()), au);
        }
        Map<String, List<StatementFacts>> perAu = new LinkedHashMap<>();
        byActivity.keySet().forEach(id -> perAu.put(id, new ArrayList<>()));
        for (StatementFacts statement : statements) {
            if (statement.is(Cmi5.SATISFIED)) {
                progress.satisfiedObjects.add(statement.objectId());
            } else if (statement.cmi5Defined() && perAu.containsKey(statement.objectId())) {
                perAu.get(statement.objectId()).add(statement);
            }
        }
        byActivity.forEach((activityId, au) -> progress.aus.put(au.id(),
                status(au, activityId, perAu.get(activityId))));
        return progress;
    }

    private static AuStatus status(Au au, String activityId, List<StatementFacts> statements) {
        boolean completed = false;
        boolean passed = false;
        boolean failed = false;
        boolean waived = false;
        BigDecimal best = null;
        Instant satisfiedAt = null;
        List<Attempt> attempts = new ArrayList<>();
        List<StatementFacts> inOrder = new ArrayList<>(statements);
        inOrder.sort((a, b) -> instant(a).compareTo(instant(b)));
        for (StatementFacts s : inOrder) {
            completed |= s.is(Cmi5.COMPLETED);
            passed |= s.is(Cmi5.PASSED);
            failed |= s.is(Cmi5.FAILED);
            waived |= s.is(Cmi5.WAIVED);
            if ((s.is(Cmi5.PASSED) || s.is(Cmi5.FAILED)) && s.scaled() != null
                    && (best == null || s.scaled().compareTo(best) > 0)) {
                best = s.scaled();
            }
            if (s.is(Cmi5.PASSED) || s.is(Cmi5.FAILED)) {
                attempts.add(new Attempt(instant(s), s.is(Cmi5.PASSED), s.scaled()));
            }
            if (satisfiedAt == null && new AuStatus(au, activityId, completed, passed, failed, waived, best, null, true,
                    List.of())
                    .satisfied()) {
                satisfiedAt = instant(s);
            }
        }
        return new AuStatus(au, activityId, completed, passed, failed, waived, best, satisfiedAt, !statements.isEmpty(),
                attempts);
    }

    private static Instant instant(StatementFacts s) {
        try {
            return s.timestamp() == null ? Instant.EPOCH : OffsetDateTime.parse(s.timestamp()).toInstant();
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    public List<AuStatus> aus() {
        return List.copyOf(aus.values());
    }

    public AuStatus au(String auIri) {
        return aus.get(auIri);
    }

    public boolean satisfied() {
        return structure.children().stream().allMatch(this::satisfied);
    }

    public boolean satisfied(StructureNode node) {
        if (node instanceof Au au) {
            return aus.get(au.id()).satisfied();
        }
        return ((Block) node).children().stream().allMatch(this::satisfied);
    }

    /** Satisfied AUs as a share of all AUs, 0 to 100, rounded down. */
    public int percent() {
        long done = aus.values().stream().filter(AuStatus::satisfied).count();
        return (int) (100 * done / aus.size());
    }

    /** Blocks whose members are all satisfied but that have no satisfied statement yet, innermost first. */
    public List<Block> blocksToMarkSatisfied() {
        List<Block> due = new ArrayList<>();
        List<Block> blocks = new ArrayList<>(structure.blocks());
        Collections.reverse(blocks);
        for (Block block : blocks) {
            if (satisfied(block) && !satisfiedObjects.contains(ids.block(structure.id(), block.id()))) {
                due.add(block);
            }
        }
        return due;
    }

    /** Whether the course is satisfied but its satisfied statement is not yet in the LRS. */
    public boolean courseToMarkSatisfied() {
        return satisfied() && !satisfiedObjects.contains(ids.course(structure.id()));
    }

    /** What the registration holds for one AU, for the session rules. */
    public AuHistory history(String auIri) {
        AuStatus status = aus.get(auIri);
        return status == null ? AuHistory.NONE : new AuHistory(status.completed(), status.passed());
    }
}
