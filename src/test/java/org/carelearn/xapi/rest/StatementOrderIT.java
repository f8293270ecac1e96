package org.carelearn.xapi.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.carelearn.testing.DeployedCareLearn;
import org.carelearn.testing.Json;
import org.carelearn.testing.Lrs;
import org.junit.jupiter.api.Test;

/**
 * Statement order while several clients write at once (on a cluster, through several servers into one database):
 * a reader that walks the statements of an activity with "more", oldest first or newest first, while writers go
 * on, never misses one. Positions are handed out in commit order (JdbcStatementRepository: the position row stays
 * locked until the writing transaction commits), so every walk sees an unbroken run of the final order: oldest
 * first, a prefix of it; newest first, a prefix read backwards. A statement that committed after a later
 * position was read would break the run, and the walk would skip it for good.
 */
class StatementOrderIT extends DeployedCareLearn {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 30;
    private static final int PAGE = 7;

    private final String run = UUID.randomUUID().toString();
    private final String activity = "https://carelearn.example/activities/order/" + run;

    @Test
    void walksWithMoreWhileOthersWriteMissNothingAndKeepTheOrder() throws Exception {
        Lrs lrs = new Lrs(base);
        Set<String> acknowledged = Collections.synchronizedSet(new HashSet<>());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int round = 0; round < ROUNDS; round++) {
                    // single statements and batches of three, as lessons and importers send them
                    int count = round % 2 == 0 ? 1 : 3;
                    List<String> ids = new ArrayList<>();
                    StringBuilder body = new StringBuilder("[");
                    for (int i = 0; i < count; i++) {
                        String id = UUID.randomUUID().toString();
                        ids.add(id);
                        body.append(i == 0 ? "" : ",").append(statement(id, writer));
                    }
                    HttpResponse<String> response = lrs.send("POST", "statements", "application/json",
                            body.append(']').toString());
                    assertEquals(200, response.statusCode(), response.body());
                    acknowledged.addAll(ids);
                }
                return null;
            }));
        }
        Future<List<List<String>>> oldestFirst = pool.submit(() -> walksWhile(lrs, writing, true));
        Future<List<List<String>>> newestFirst = pool.submit(() -> walksWhile(lrs, writing, false));
        for (Future<?> writer : writers) {
            writer.get(5, TimeUnit.MINUTES);
        }
        writing.set(false);
        List<List<String>> ascendingWalks = oldestFirst.get(5, TimeUnit.MINUTES);
        List<List<String>> descendingWalks = newestFirst.get(5, TimeUnit.MINUTES);
        pool.shutdown();

        List<String> order = walk(lrs, true);
        assertEquals(WRITERS * ROUNDS * 2, acknowledged.size());
        assertEquals(acknowledged, new HashSet<>(order), "the final walk holds every acknowledged statement");
        assertEquals(order.size(), new HashSet<>(order).size(), "no statement twice in the final walk");
        List<String> backwards = new ArrayList<>(walk(lrs, false));
        Collections.reverse(backwards);
        assertEquals(order, backwards, "newest first is oldest first read backwards");

        assertTrue(ascendingWalks.size() > 1 && descendingWalks.size() > 1,
                "the readers walked while the writers wrote: " + ascendingWalks.size() + ", " + descendingWalks.size());
        for (List<String> seen : ascendingWalks) {
            assertEquals(order.subList(0, seen.size()), seen, "an oldest-first walk skipped or reordered a statement");
        }
        for (List<String> seen : descendingWalks) {
            List<String> reversed = new ArrayList<>(seen);
            Collections.reverse(reversed);
            assertEquals(order.subList(0, reversed.size()), reversed,
                    "a newest-first walk skipped or reordered a statement");
        }
    }

    private List<List<String>> walksWhile(Lrs lrs, AtomicBoolean writing, boolean ascending) {
        List<List<String>> walks = new ArrayList<>();
        while (writing.get()) {
            walks.add(walk(lrs, ascending));
        }
        return walks;
    }

    /** Every statement of the run's activity, page by page through "more". */
    private List<String> walk(Lrs lrs, boolean ascending) {
        List<String> ids = new ArrayList<>();
        String path = "statements?activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8) + "&limit=" + PAGE
                + "&ascending=" + ascending;
        while (path != null) {
            HttpResponse<String> response = lrs.send("GET", path, null, (String) null);
            assertEquals(200, response.statusCode(), response.body());
            JsonObject page = Json.object(response.body());
            page.getJsonArray("statements").stream().map(JsonValue::asJsonObject).map(s -> s.getString("id"))
                    .forEach(ids::add);
            String more = page.getString("more", "");
            path = more.isEmpty() ? null : more.substring(more.indexOf("statements"));
        }
        return ids;
    }

    private String statement(String id, int writer) {
        return """
                {"id": "%s", "actor": {"mbox": "mailto:writer%d.%s@lindenridge.example"},
                 "verb": {"id": "http://adlnet.gov/expapi/verbs/experienced"},
                 "object": {"id": "%s"}}""".formatted(id, writer, run, activity);
    }
}
