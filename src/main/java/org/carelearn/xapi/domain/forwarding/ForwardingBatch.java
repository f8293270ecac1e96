package org.carelearn.xapi.domain.forwarding;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.carelearn.platform.json.Jsons;
import org.carelearn.xapi.domain.XapiEdition;

/**
 * The statements one request forwards: the longest prefix of the backlog, in stored order, within limits
 * on statements, JSON bytes and attachment bytes (LRSs cap request sizes; CareLearn's own takes 4 MB of
 * JSON). The first statement always goes, however large, or one big statement would stop forwarding for
 * good. Content shared by several statements is sent once.
 */
public final class ForwardingBatch {

    /** How much one request may carry, unless its first statement alone needs more. */
    public record Limits(int statements, long jsonBytes, long attachmentBytes) {

        public Limits {
            if (statements < 1) {
                throw new IllegalArgumentException("A batch holds at least one statement");
            }
        }
    }

    private final List<PendingStatement> statements;
    private final Set<String> attachmentHashes;

    private ForwardingBatch(List<PendingStatement> statements, Set<String> attachmentHashes) {
        this.statements = List.copyOf(statements);
        this.attachmentHashes = Set.copyOf(attachmentHashes);
    }

    /**
     * @param backlog the next statements after the cursor, in position order
     * @param storedSizes the byte size of each attachment whose content the LRS holds, by hash; attachments
     *            known only by fileUrl are not in it and travel as their description alone
     */
    public static ForwardingBatch cut(List<PendingStatement> backlog, Map<String, Long> storedSizes, Limits limits) {
        List<PendingStatement> taken = new ArrayList<>();
        Set<String> hashes = new LinkedHashSet<>();
        long bytes = 0;
        long jsonBytes = 0;
        long previous = Long.MIN_VALUE;
        for (PendingStatement statement : backlog) {
            if (statement.position() <= previous) {
                throw new IllegalArgumentException("The backlog must be in stored order");
            }
            previous = statement.position();
            if (taken.size() == limits.statements()) {
                break;
            }
            long statementBytes = statement.json().getBytes(StandardCharsets.UTF_8).length + 1L;
            Set<String> added = statement.attachmentHashes().stream()
                    .filter(h -> storedSizes.containsKey(h) && !hashes.contains(h)).collect(Collectors.toSet());
            long addedBytes = added.stream().mapToLong(storedSizes::get).sum();
            if (!taken.isEmpty() && (bytes + addedBytes > limits.attachmentBytes()
                    || jsonBytes + statementBytes > limits.jsonBytes())) {
                break;
            }
            taken.add(statement);
            hashes.addAll(added);
            bytes += addedBytes;
            jsonBytes += statementBytes;
        }
        return new ForwardingBatch(taken, hashes);
    }

    /**
     * The first {@code count} statements of this batch, with the attachment content they need: how forwarding
     * narrows a refused batch down to the statement the other LRS refuses.
     */
    public ForwardingBatch prefix(int count) {
        if (count < 1 || count > statements.size()) {
            throw new IllegalArgumentException("A prefix of " + count + " of a batch of " + statements.size());
        }
        List<PendingStatement> taken = statements.subList(0, count);
        Set<String> hashes = new LinkedHashSet<>();
        taken.forEach(s -> s.attachmentHashes().stream().filter(attachmentHashes::contains).forEach(hashes::add));
        return new ForwardingBatch(taken, hashes);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    public int size() {
        return statements.size();
    }

    public List<PendingStatement> statements() {
        return statements;
    }

    /** The position the cursor moves to once the external LRS has accepted the batch. */
    public long lastPosition() {
        if (statements.isEmpty()) {
            throw new IllegalStateException("An empty batch has no last position");
        }
        return statements.get(statements.size() - 1).position();
    }

    /** The hashes of the attachment content to send with the batch, each once. */
    public Set<String> attachmentHashes() {
        return attachmentHashes;
    }

    /**
     * The statements as one JSON array, as xAPI 1.0.3 reads them, the edition the forwarding client speaks:
     * exactly as stored, except that one stored under 2.0.0 goes without what 1.0.3 lacks
     * ({@link XapiEdition#present}), so a 1.0.3 LRS takes it.
     */
    public String json() {
        return statements.stream().map(ForwardingBatch::asOneZeroThree).collect(Collectors.joining(",", "[", "]"));
    }

    private static String asOneZeroThree(PendingStatement statement) {
        try (JsonReader reader = Jsons.createReader(new StringReader(statement.json()))) {
            JsonObject stored = reader.readObject();
            JsonObject forwarded = XapiEdition.XAPI_1_0_3.present(stored);
            return forwarded == stored ? statement.json() : forwarded.toString();
        }
    }
}
