import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The client half of bench/kill9.sh, a single-file program (java bench/KillLoad.java ...).
 *
 * <pre>
 * java bench/KillLoad.java load  BASE_URL ACKED_FILE [THREADS [SECONDS [single]]]
 *                                         POSTs and PUTs until the server stops answering (or for SECONDS)
 * java bench/KillLoad.java check BASE_URL ACKED_FILE              GETs every acknowledged id; exit 1 if one is missing
 * </pre>
 *
 * "load" sends, from each thread in turn, a single statement (POST, 200), a batch of 10 (POST, 200) and a
 * single statement by PUT (204), every one with an id chosen here, and appends an id to ACKED_FILE (one a
 * line, flushed) only after its 200 or 204 arrived; with "single", single statements by POST only. It stops when
 * the server has not answered for 5 s, or after SECONDS (bench/kill9-cluster.sh: the balancer keeps answering
 * when a node dies).
 */
public class KillLoad {

    private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString(
            "demo-lrs-client:Demo-LRS-Secret-2026".getBytes(StandardCharsets.UTF_8));
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();

    public static void main(String[] args) throws Exception {
        String base = args[1].endsWith("/") ? args[1] : args[1] + "/";
        Path acked = Path.of(args[2]);
        if (args[0].equals("load")) {
            int threads = args.length > 3 ? Integer.parseInt(args[3]) : 6;
            long seconds = args.length > 4 ? Long.parseLong(args[4]) : Long.MAX_VALUE / 2_000_000_000L;
            boolean singleOnly = args.length > 5 && args[5].equals("single");
            load(base, acked, threads, seconds, singleOnly);
        } else {
            System.exit(check(base, acked));
        }
    }

    private static void load(String base, Path ackedFile, int threads, long seconds, boolean singleOnly)
            throws Exception {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong lastAnswer = new AtomicLong(System.nanoTime());
        AtomicInteger acked = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        try (BufferedWriter out = Files.newBufferedWriter(ackedFile, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                Thread worker = new Thread(() -> {
                    for (long round = 0; System.nanoTime() - lastAnswer.get() < 5_000_000_000L
                            && System.nanoTime() - end < 0; round++) {
                        List<String> ids = new ArrayList<>();
                        HttpRequest request;
                        int expected;
                        switch (singleOnly ? 0 : (int) (round % 3)) {
                            case 0 -> {
                                ids.add(UUID.randomUUID().toString());
                                request = post(base, statement(ids.get(0), thread));
                                expected = 200;
                            }
                            case 1 -> {
                                StringBuilder batch = new StringBuilder("[");
                                for (int i = 0; i < 10; i++) {
                                    ids.add(UUID.randomUUID().toString());
                                    batch.append(i == 0 ? "" : ",").append(statement(ids.get(i), thread));
                                }
                                request = post(base, batch.append(']').toString());
                                expected = 200;
                            }
                            default -> {
                                ids.add(UUID.randomUUID().toString());
                                request = HttpRequest.newBuilder(URI.create(base + "statements?statementId=" + ids.get(0)))
                                        .header("Authorization", AUTH).header("X-Experience-API-Version", "1.0.3")
                                        .header("Content-Type", "application/json")
                                        .PUT(HttpRequest.BodyPublishers.ofString(statement(ids.get(0), thread))).build();
                                expected = 204;
                            }
                        }
                        try {
                            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                            lastAnswer.set(System.nanoTime());
                            if (response.statusCode() == expected) {
                                synchronized (out) {
                                    for (String id : ids) {
                                        out.write(id);
                                        out.newLine();
                                    }
                                    out.flush();
                                }
                                acked.addAndGet(ids.size());
                            } else {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            failed.incrementAndGet(); // refused or reset: the server is down; retry until 5 s pass
                            sleep(50);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                });
                worker.start();
                workers.add(worker);
            }
            for (Thread worker : workers) {
                worker.join();
            }
        }
        System.out.printf("load: %d statements acknowledged, %d requests failed or unanswered%n", acked.get(),
                failed.get());
    }

    private static int check(String base, Path ackedFile) throws Exception {
        List<String> ids = Files.readAllLines(ackedFile).stream().filter(s -> !s.isBlank()).toList();
        int missing = 0;
        for (String id : ids) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(base + "statements?statementId=" + id))
                    .header("Authorization", AUTH).header("X-Experience-API-Version", "1.0.3").GET().build();
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains(id)) {
                missing++;
                System.out.println("missing " + id + " (" + response.statusCode() + ")");
            }
        }
        System.out.printf("acknowledged %d, missing %d%n", ids.size(), missing);
        return missing > 0 ? 1 : 0;
    }

    private static HttpRequest post(String base, String body) {
        return HttpRequest.newBuilder(URI.create(base + "statements")).header("Authorization", AUTH)
                .header("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String statement(String id, int thread) {
        return "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:kill9-" + thread + "@bench.lindenridge.example\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\",\"display\":{\"en-US\":\"experienced\"}},"
                + "\"object\":{\"id\":\"https://courses.lindenridge.example/xapi/activities/kill9\"},"
                + "\"timestamp\":\"" + Instant.now() + "\"}";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
