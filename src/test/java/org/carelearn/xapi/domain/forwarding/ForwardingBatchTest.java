package org.carelearn.xapi.domain.forwarding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ForwardingBatchTest {

    private static PendingStatement plain(long position) {
        return new PendingStatement(position, "{\"id\":\"s" + position + "\"}", Set.of());
    }

    private static PendingStatement withAttachments(long position, String... hashes) {
        return new PendingStatement(position, "{\"id\":\"a" + position + "\"}", Set.of(hashes));
    }

    private static ForwardingBatch.Limits limits(int statements, long attachmentBytes) {
        return new ForwardingBatch.Limits(statements, 1_000_000, attachmentBytes);
    }

    @Test
    void stopsBeforeTheStatementThatWouldPassTheJsonByteLimit() {
        List<PendingStatement> backlog = LongStream.rangeClosed(1, 5).mapToObj(ForwardingBatchTest::plain).toList();
        int each = backlog.get(0).json().length() + 1;

        ForwardingBatch batch = ForwardingBatch.cut(backlog, Map.of(), new ForwardingBatch.Limits(100, 2L * each, 0));

        assertEquals(2, batch.size());
        assertEquals(1, ForwardingBatch.cut(backlog, Map.of(), new ForwardingBatch.Limits(100, 1, 0)).size(),
                "an oversized first statement still goes, alone");
    }

    @Test
    void takesTheOldestStatementsUpToTheBatchSizeInStoredOrder() {
        List<PendingStatement> backlog = LongStream.rangeClosed(11, 15).mapToObj(ForwardingBatchTest::plain).toList();

        ForwardingBatch batch = ForwardingBatch.cut(backlog, Map.of(), limits(3, 1000));

        assertEquals(List.of(11L, 12L, 13L), batch.statements().stream().map(PendingStatement::position).toList());
        assertEquals(13, batch.lastPosition());
        assertEquals("[{\"id\":\"s11\"},{\"id\":\"s12\"},{\"id\":\"s13\"}]", batch.json());
    }

    @Test
    void forwardsAStatementStoredUnderTwoPointZeroAsOneZeroThreeReadsIt() {
        PendingStatement two = new PendingStatement(7, """
                {"id":"s7","version":"2.0.0","context":{"contextAgents":[{"objectType":"contextAgent",\
                "agent":{"mbox":"mailto:charge.nurse@carelearn.example"}}],"registration":"r"}}""", Set.of());

        ForwardingBatch batch = ForwardingBatch.cut(List.of(plain(6), two), Map.of(), limits(10, 1000));

        assertEquals("[{\"id\":\"s6\"},{\"id\":\"s7\",\"version\":\"1.0.0\",\"context\":{\"registration\":\"r\"}}]",
                batch.json(), "the forwarding client speaks 1.0.3");
    }

    @Test
    void stopsBeforeTheStatementWhoseAttachmentsWouldPassTheByteLimit() {
        List<PendingStatement> backlog = List.of(withAttachments(1, "a"), plain(2), withAttachments(3, "b"), plain(4));

        ForwardingBatch batch = ForwardingBatch.cut(backlog, Map.of("a", 600L, "b", 600L), limits(100, 1000));

        assertEquals(2, batch.lastPosition());
        assertEquals(Set.of("a"), batch.attachmentHashes());
    }

    @Test
    void sendsAnOversizedStatementAloneRatherThanNever() {
        List<PendingStatement> backlog = List.of(withAttachments(7, "huge"), plain(8));

        ForwardingBatch batch = ForwardingBatch.cut(backlog, Map.of("huge", 5000L), limits(100, 1000));

        assertEquals(1, batch.size());
        assertEquals(Set.of("huge"), batch.attachmentHashes());
    }

    @Test
    void countsAndSendsContentSharedByStatementsOnce() {
        List<PendingStatement> backlog = List.of(withAttachments(1, "a"), withAttachments(2, "a"),
                withAttachments(3, "a"));

        ForwardingBatch batch = ForwardingBatch.cut(backlog, Map.of("a", 900L), limits(100, 1000));

        assertEquals(3, batch.size());
        assertEquals(Set.of("a"), batch.attachmentHashes());
    }

    @Test
    void attachmentsKnownOnlyByFileUrlTravelAsTheirDescription() {
        ForwardingBatch batch = ForwardingBatch.cut(List.of(withAttachments(1, "remote")), Map.of(), limits(100, 1000));

        assertEquals(1, batch.size());
        assertTrue(batch.attachmentHashes().isEmpty());
    }

    @Test
    void refusesABacklogOutOfStoredOrder() {
        assertThrows(IllegalArgumentException.class,
                () -> ForwardingBatch.cut(List.of(plain(5), plain(4)), Map.of(), limits(100, 1000)));
    }

    @Test
    void anEmptyBacklogMakesAnEmptyBatch() {
        ForwardingBatch batch = ForwardingBatch.cut(List.of(), Map.of(), limits(100, 1000));

        assertTrue(batch.isEmpty());
        assertThrows(IllegalStateException.class, batch::lastPosition);
    }

    @Test
    void findsTheHashesOfAStatementsAttachments() {
        PendingStatement statement = PendingStatement.of(9, "{\"id\":\"x\",\"attachments\":[{\"sha2\":\"ABC\"},"
                + "{\"sha2\":\"def\",\"fileUrl\":\"http://example.org/f\"}]}");

        assertEquals(Set.of("abc", "def"), statement.attachmentHashes());
        assertTrue(PendingStatement.of(10, "{\"id\":\"y\"}").attachmentHashes().isEmpty());
    }

    @Test
    void aPrefixKeepsTheFirstStatementsAndOnlyTheContentTheyNeed() {
        List<PendingStatement> backlog = List.of(withAttachments(1, "h1"), plain(2), withAttachments(3, "h3"),
                withAttachments(4, "h1"));
        ForwardingBatch batch = ForwardingBatch.cut(backlog, Map.of("h1", 10L, "h3", 10L), limits(100, 1000));

        ForwardingBatch half = batch.prefix(2);

        assertEquals(List.of(1L, 2L), half.statements().stream().map(PendingStatement::position).toList());
        assertEquals(Set.of("h1"), half.attachmentHashes());
        assertEquals(2, half.lastPosition());
        assertEquals(Set.of("h1"), batch.prefix(1).attachmentHashes());
        assertEquals(batch.statements(), batch.prefix(4).statements());
        assertThrows(IllegalArgumentException.class, () -> batch.prefix(0));
        assertThrows(IllegalArgumentException.class, () -> batch.prefix(5));
    }
}
