package org.carelearn.bench;

import jakarta.annotation.Resource;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.carelearn.platform.json.Jsons;
import org.carelearn.testing.Deployments;
import org.carelearn.xapi.application.LrsCredentials;
import org.carelearn.xapi.domain.statement.Agents;
import org.carelearn.xapi.domain.statement.Hashes;
import org.carelearn.xapi.domain.statement.RelatedActivities;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The built-in LRS at a million statements (issue text: "statements per second ... p50 and p95 latency").
 * In order: loads N generated statements in batches of 50 over HTTP from several client threads; posts
 * single statements from 8 concurrent clients; inserts the same N rows with plain JDBC batches into
 * scratch copies of the statement tables, inside the server, through the same datasource (the ratio of
 * the two rates is the headline); then times the four kinds of GET /xapi/statements at the loaded size.
 * Prints figures and asserts nothing about time. Targets on the 2-core reference machine: 2,000/s in
 * batches, 500/s single, p95 of every filtered GET at most 50 ms.
 *
 * <pre>mvn -B -Pbench verify -Dit.test=LrsBench [-Dbench.statements=1000000] [-Dbench.loaders=4]
 *     [-Dbench.single=4000] [-Dbench.queries=200] [-Dbench.limit=0] [-Dbench.queriesOnly=true]</pre>
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LrsBench {

    private static final int BATCH = 50;
    private static final int SINGLE_CLIENTS = 8;
    private static final String KEY = "demo-lrs-client";
    private static final String SECRET = "Demo-LRS-Secret-2026";
    private static final String SETTINGS = "lrs-bench.properties";
    /** The server's database, set by the build's Failsafe execution: derby, or postgresql (-Ppostgresql). */
    private static final String DATABASE = System.getProperty("carelearn.it.database", "derby");

    /** Client side: the settings, and the figures of each step for the closing table. */
    private static final Properties settings = settingsFromSystem();
    private static final Map<String, String> figures = new LinkedHashMap<>();

    @Deployment
    static WebArchive deployment() {
        StringBuilder text = new StringBuilder();
        settings.forEach((k, v) -> text.append(k).append('=').append(v).append('\n'));
        return Deployments.carelearn().addClasses(LrsBench.class, BenchStatements.class, Bench.class)
                .addAsResource(new StringAsset(text.toString()), SETTINGS);
    }

    @ArquillianResource
    URL base;

    @Resource(lookup = "java:jboss/datasources/CareLearnDS")
    DataSource dataSource;

    private static Properties settingsFromSystem() {
        Properties p = new Properties();
        p.setProperty("statements", System.getProperty("bench.statements", "1000000"));
        p.setProperty("jdbc.statements", System.getProperty("bench.jdbc.statements",
                p.getProperty("statements")));
        p.setProperty("loaders", System.getProperty("bench.loaders", "4"));
        p.setProperty("single", System.getProperty("bench.single", "4000"));
        p.setProperty("queries", System.getProperty("bench.queries", "200"));
        p.setProperty("limit", System.getProperty("bench.limit", "0"));
        p.setProperty("queries.only", System.getProperty("bench.queriesOnly", "false"));
        p.setProperty("run", Long.toString(System.currentTimeMillis(), 36));
        p.setProperty("database", DATABASE);
        p.setProperty("result.file", Path.of(System.getProperty("war.file", "target/carelearn.war")).toAbsolutePath()
                .resolveSibling("lrs-bench-jdbc.txt").toString());
        return p;
    }

    /** -Dbench.queriesOnly=true: only the GETs, against what an earlier run left in target/bench-data. */
    private static boolean queriesOnly(Properties p) {
        return Boolean.parseBoolean(p.getProperty("queries.only"));
    }

    private static int setting(Properties p, String name) {
        return Integer.parseInt(p.getProperty(name));
    }

    // ---------------------------------------------------------------- 1. batches of 50 over HTTP

    @Test
    @Order(1)
    @RunAsClient
    void loadInBatches() throws Exception {
        Assumptions.assumeFalse(queriesOnly(settings));
        int total = setting(settings, "statements");
        int loaders = setting(settings, "loaders");
        BenchStatements generator = new BenchStatements(settings.getProperty("run"));
        Lrs lrs = new Lrs(base);
        System.out.printf("%nLRS benchmark: loading %,d statements in batches of %d from %d client threads%n",
                total, BATCH, loaders);
        AtomicLong next = new AtomicLong();
        AtomicLong done = new AtomicLong();
        AtomicLong tenthAt = new AtomicLong();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(loaders);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < loaders; t++) {
            work.add(pool.submit(() -> {
                for (long from = next.getAndAdd(BATCH); from < total; from = next.getAndAdd(BATCH)) {
                    long to = Math.min(total, from + BATCH);
                    lrs.post(generator.batch(from, to), 200);
                    long now = done.addAndGet(to - from);
                    if (now >= total / 10 && tenthAt.get() == 0) {
                        tenthAt.compareAndSet(0, System.nanoTime());
                    }
                    if (now % (total / 10 < BATCH ? BATCH : total / 10 / BATCH * BATCH) == 0) {
                        double s = (System.nanoTime() - start) / 1e9;
                        System.out.printf("  %,10d stored  %7.1f s  %,8.0f statements/s%n", now, s, now / s);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.put("batch.rate", String.format("%,.0f", total / seconds));
        figures.put("batch.seconds", String.format("%.1f", seconds));
        figures.put("batch.steady", String.format("%,.0f", (total - total / 10) / ((System.nanoTime() - tenthAt.get())
                / 1e9)));
    }

    // ---------------------------------------------------------------- 2. single statements, 8 clients

    @Test
    @Order(2)
    @RunAsClient
    void postSingleStatements() throws Exception {
        Assumptions.assumeFalse(queriesOnly(settings));
        int count = setting(settings, "single");
        long first = setting(settings, "statements") + 1_000_000L;
        BenchStatements generator = new BenchStatements(settings.getProperty("run"));
        Lrs lrs = new Lrs(base);
        AtomicLong next = new AtomicLong(first);
        long[] latencies = new long[count];
        CpuTimes cpuBefore = CpuTimes.now();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(SINGLE_CLIENTS);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < SINGLE_CLIENTS; t++) {
            work.add(pool.submit(() -> {
                for (long n = next.getAndIncrement(); n < first + count; n = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    lrs.post(generator.json(n), 200);
                    latencies[(int) (n - first)] = System.nanoTime() - begin;
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        figures.put("single.cpu", CpuTimes.now().since(cpuBefore, count, seconds));
        figures.put("single.rate", String.format("%,.0f", count / seconds));
        figures.put("single.latency", percentiles(latencies));
        figures.put("single.count", String.format("%,d", count));
    }

    // ---------------------------------------------------------------- 3. plain JDBC, in the server

    /**
     * Runs inside the server: the same rows, plain JDBC batches of 50, one commit per batch, one thread.
     * Timed is the JDBC work only (binding, executeBatch, commit), not making the rows.
     */
    @Test
    @Order(3)
    void plainJdbcBatchInsert() throws Exception {
        Properties p = new Properties();
        try (InputStream in = LrsBench.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            p.load(in);
        }
        if (queriesOnly(p)) {
            return; // an in-container assumption would come back as an error
        }
        int total = setting(p, "jdbc.statements");
        BenchStatements generator = new BenchStatements(p.getProperty("run"));
        JsonObject authority = LrsCredentials.ofClient(KEY, "Demo LRS client", true, true,
                "http://localhost:8080/xapi/clients").authority();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                for (String sql : ScratchTables.DROP) {
                    try {
                        ddl.execute(sql); // left over from an interrupted run
                    } catch (SQLException absent) {
                        // the usual case
                    }
                }
                boolean postgres = "postgresql".equals(p.getProperty("database"));
                for (String sql : ScratchTables.CREATE) {
                    // the one type the two databases spell differently (db/postgresql/index.txt)
                    ddl.execute(postgres ? sql.replace(" CLOB ", " TEXT ") : sql);
                }
            }
            connection.setAutoCommit(false);
            long jdbcNanos = 0;
            long perRowNanos = 0;
            int perRow = setting(p, "single");
            try (PreparedStatement statement = connection.prepareStatement(ScratchTables.INSERT_STATEMENT);
                    PreparedStatement agent = connection.prepareStatement(ScratchTables.INSERT_AGENT);
                    PreparedStatement activity = connection.prepareStatement(ScratchTables.INSERT_ACTIVITY)) {
                long id = 1;
                for (long from = 0; from < total; from += BATCH) {
                    // the rows are made first: the clock runs only while JDBC and Derby work
                    List<Row> rows = rows(generator, authority, from, Math.min(total, from + BATCH), id);
                    id += rows.size();
                    long begin = System.nanoTime();
                    insert(rows, statement, agent, activity);
                    connection.commit();
                    jdbcNanos += System.nanoTime() - begin;
                }
                // the same work committing every row on its own, as single POSTs would without group commit
                long first = total + 2_000_000L;
                for (long n = first; n < first + perRow; n++) {
                    List<Row> rows = rows(generator, authority, n, n + 1, id++);
                    long begin = System.nanoTime();
                    insert(rows, statement, agent, activity);
                    connection.commit();
                    perRowNanos += System.nanoTime() - begin;
                }
            }
            double seconds = jdbcNanos / 1e9;
            connection.setAutoCommit(true);
            try (Statement ddl = connection.createStatement()) {
                for (String sql : ScratchTables.DROP) {
                    ddl.execute(sql);
                }
            }
            Files.writeString(Path.of(p.getProperty("result.file")),
                    String.format("%d %.3f %d %.3f%n", total, seconds, perRow, perRowNanos / 1e9));
        }
    }

    private static List<Row> rows(BenchStatements generator, JsonObject authority, long from, long to, long firstId) {
        List<Row> rows = new ArrayList<>((int) (to - from));
        long id = firstId;
        for (long n = from; n < to; n++) {
            Instant stored = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            rows.add(Row.of(id++, completed(generator.json(n), stored, authority), stored));
        }
        return rows;
    }

    /** The rows and their links as JdbcStatementRepository.add writes them, in three JDBC batches. */
    private static void insert(List<Row> rows, PreparedStatement statement, PreparedStatement agent,
            PreparedStatement activity) throws SQLException {
        for (Row row : rows) {
            statement.setLong(1, row.id());
            statement.setString(2, row.statementId());
            statement.setTimestamp(3, Timestamp.from(row.stored()));
            statement.setLong(4, Hashes.of(row.verb()));
            statement.setString(5, row.verb());
            statement.setString(6, row.registration());
            statement.setString(7, row.json());
            statement.addBatch();
            links(agent, row.id(), Hashes.of(row.verb()), row.agents());
            links(activity, row.id(), Hashes.of(row.verb()), row.activities());
        }
        statement.executeBatch();
        agent.executeBatch();
        activity.executeBatch();
    }

    private static JsonObject completed(String text, Instant stored, JsonObject authority) {
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            String storedText = DateTimeFormatter.ISO_INSTANT.format(stored);
            return Jsons.createObjectBuilder(reader.readObject()).add("stored", storedText)
                    .add("authority", authority).add("version", "1.0.0").build();
        }
    }

    private static void links(PreparedStatement insert, long id, long verb, Map<Long, Integer> relations)
            throws SQLException {
        for (Map.Entry<Long, Integer> link : relations.entrySet()) {
            insert.setLong(1, id);
            insert.setLong(2, link.getKey());
            insert.setInt(3, link.getValue());
            insert.setLong(4, verb);
            insert.addBatch();
        }
    }

    /** One statement's columns and link rows, as JdbcStatementRepository.add writes them. */
    private record Row(long id, String statementId, Instant stored, String verb, String registration, String json,
            Map<Long, Integer> agents, Map<Long, Integer> activities) {

        static Row of(long id, JsonObject json, Instant stored) {
            return new Row(id, json.getString("id"), stored, json.getJsonObject("verb").getString("id"),
                    json.getJsonObject("context").getString("registration"), json.toString(),
                    relations(Agents.actorOrObjectKeys(json), Agents.relatedAgentKeys(json)),
                    relations(RelatedActivities.objectActivityId(json).stream().toList(), RelatedActivities.of(json)));
        }

        /** One row per distinct key, with the closest relation (0 actor/object, 1 related). */
        private static Map<Long, Integer> relations(java.util.Collection<String> primary,
                java.util.Collection<String> related) {
            Map<Long, Integer> relation = new LinkedHashMap<>();
            primary.forEach(key -> relation.put(Hashes.of(key), 0));
            related.forEach(key -> relation.putIfAbsent(Hashes.of(key), 1));
            return relation;
        }
    }

    // ---------------------------------------------------------------- 4. queries at the loaded size

    @Test
    @Order(4)
    @RunAsClient
    void queryAndReport() throws Exception {
        int samples = setting(settings, "queries");
        int limit = setting(settings, "limit");
        String limitParameter = limit > 0 ? "&limit=" + limit : "";
        Lrs lrs = new Lrs(base);
        SplittableRandom random = new SplittableRandom(99);
        Map<String, long[]> kinds = new LinkedHashMap<>();
        Map<String, long[]> firstRounds = new LinkedHashMap<>();
        Map<String, long[]> sizes = new LinkedHashMap<>();
        List<String> names = List.of("agent", "verb + activity", "registration", "unfiltered, more paging");
        for (String kind : names) {
            long[] times = new long[samples];
            long[] firstRound = new long[samples];
            long[] returned = new long[samples];
            String more = null;
            // a first round of as many requests, timed apart: until the JIT has compiled Derby's read path a query
            // takes two to four times as long (a plain JDBC program on the same database: 200 texts read in 18 to
            // 22 ms for the first 200 queries, 4.5 to 6 ms from the third 200 on), and a server in use is past that
            for (int i = -samples; i < samples; i++) {
                String query = switch (kind) {
                    case "agent" -> "agent=" + encode("{\"mbox\":\"" + BenchStatements.agentMbox(
                            random.nextInt(BenchStatements.AGENTS)) + "\"}");
                    case "verb + activity" -> "verb=" + encode(BenchStatements.verbId(random.nextInt(
                            BenchStatements.VERBS))) + "&activity=" + encode(BenchStatements.activityId(
                            random.nextInt(BenchStatements.ACTIVITIES)));
                    case "registration" -> {
                        int agent = random.nextInt(BenchStatements.AGENTS);
                        yield "registration=" + BenchStatements.registration(agent,
                                random.nextInt(BenchStatements.REGISTRATIONS_PER_AGENT));
                    }
                    default -> more == null || i % 10 == 0 ? (limit > 0 ? "limit=" + limit : null) : null;
                };
                String path;
                if (kind.startsWith("unfiltered")) {
                    path = more != null && i % 10 != 0 ? more.substring(more.indexOf("statements"))
                            : "statements" + (query == null ? "" : "?" + query);
                } else {
                    path = "statements?" + query + limitParameter;
                }
                long begin = System.nanoTime();
                String body = lrs.get(path);
                long elapsed = System.nanoTime() - begin;
                JsonObject page = parse(body);
                more = page.getString("more", "");
                more = more.isEmpty() ? null : more;
                if (i >= 0) {
                    times[i] = elapsed;
                    returned[i] = page.getJsonArray("statements").size();
                } else {
                    firstRound[i + samples] = elapsed;
                }
            }
            kinds.put(kind, times);
            firstRounds.put(kind, firstRound);
            sizes.put(kind, returned);
        }
        report(kinds, firstRounds, sizes, limit);
    }

    private void report(Map<String, long[]> kinds, Map<String, long[]> firstRounds, Map<String, long[]> sizes,
            int limit) throws IOException {
        StringBuilder out = new StringBuilder();
        if (queriesOnly(settings)) {
            out.append(String.format("%n=== LRS benchmark on %s: queries only, on the statements already stored ===%n",
                    DATABASE));
        } else {
            writes(out);
        }
        out.append(String.format("%n%-48s %8s %8s %8s %10s %16s%n", "GET /xapi/statements (limit "
                + (limit > 0 ? limit : "server default") + ")", "p50 ms", "p95 ms", "max ms", "avg rows",
                "first round p50/p95"));
        kinds.forEach((kind, times) -> {
            long[] sorted = times.clone();
            java.util.Arrays.sort(sorted);
            long[] first = firstRounds.get(kind).clone();
            java.util.Arrays.sort(first);
            double rows = java.util.Arrays.stream(sizes.get(kind)).average().orElse(0);
            out.append(String.format("%-48s %8.1f %8.1f %8.1f %10.1f %16s%s%n", kind + " (" + times.length
                    + " requests)", at(sorted, 0.50), at(sorted, 0.95), sorted[sorted.length - 1] / 1e6, rows,
                    String.format("%.1f/%.1f", at(first, 0.50), at(first, 0.95)),
                    switch (kind) {
                        case "agent" -> "   (target p95 <= 20)";
                        case "unfiltered, more paging" -> "";
                        default -> "   (target p95 < 10)";
                    }));
        });
        out.append(String.format("%s, at the end of the run%n", Bench.load()));
        System.out.print(out);
        Path results = Path.of(settings.getProperty("result.file")).resolveSibling("lrs-bench-" + DATABASE + ".txt");
        Files.writeString(results, out);
        Bench.printBeside(results, "lrs-bench-", DATABASE);
    }

    private void writes(StringBuilder out) throws IOException {
        int total = setting(settings, "statements");
        String[] jdbc = Files.readString(Path.of(settings.getProperty("result.file"))).trim().split(" ");
        double jdbcRate = Long.parseLong(jdbc[0]) / Double.parseDouble(jdbc[1]);
        double batchRate = Double.parseDouble(figures.get("batch.rate").replace(",", ""));
        out.append(String.format("%n=== LRS benchmark on %s: %,d statements stored over HTTP (plus %s single) ===%n",
                DATABASE, total, figures.get("single.count")));
        out.append(String.format("%-48s %12s%n", "writes", "statements/s"));
        out.append(String.format("%-48s %12s   (target >= 2,000; %s s)%n", "POST batches of 50, "
                + settings.getProperty("loaders") + " client threads", figures.get("batch.rate"),
                figures.get("batch.seconds")));
        out.append(String.format("%-48s %12s   (the last 90%%, after JIT warm-up)%n", "  the same, steady state",
                figures.get("batch.steady")));
        out.append(String.format("%-48s %12s   (target >= 500; latency %s)%n", "POST single statements, 8 clients",
                figures.get("single.rate"), figures.get("single.latency")));
        out.append(String.format("%-48s %12s   (%s)%n", "  CPU a single POST", "", figures.get("single.cpu")));
        out.append(String.format("%-48s %,12.0f   (%,d rows, %s s in JDBC, one thread, batches of 50)%n",
                "plain JDBC batch insert, same rows, same database", jdbcRate, Long.parseLong(jdbc[0]), jdbc[1]));
        out.append(String.format("%-48s %12.2f   (target >= 0.80)%n", "headline: HTTP batches / plain JDBC",
                batchRate / jdbcRate));
        double perRowRate = Long.parseLong(jdbc[2]) / Double.parseDouble(jdbc[3]);
        double singleRate = Double.parseDouble(figures.get("single.rate").replace(",", ""));
        out.append(String.format("%-48s %,12.0f   (%,d rows, %s s in JDBC, one thread, a commit per row)%n",
                "plain JDBC insert committing each row", perRowRate, Long.parseLong(jdbc[2]), jdbc[3]));
        out.append(String.format("%-48s %12.2f   (target > 1.00)%n", "single POSTs, 8 clients / plain JDBC per row",
                singleRate / perRowRate));
    }

    private static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return String.format("p50 %.1f ms, p95 %.1f ms", at(sorted, 0.50), at(sorted, 0.95));
    }

    private static double at(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonObject parse(String text) {
        try (JsonReader reader = Jsons.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }

    /**
     * CPU time used so far by this JVM (the bench's clients) and by the server Arquillian started (a child process
     * of this one), both on the same cores: what a request costs each side, beside what the database allows.
     */
    private record CpuTimes(long client, long server) {

        static CpuTimes now() {
            long client = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                    .getProcessCpuTime();
            long server = ProcessHandle.current().descendants()
                    .filter(process -> process.info().commandLine().orElse("").contains("jboss-modules.jar"))
                    .findFirst().flatMap(process -> process.info().totalCpuDuration()).map(Duration::toNanos)
                    .orElse(-1L);
            return new CpuTimes(client, server);
        }

        /** Per request, and the share of the machine both sides took over {@code seconds}. */
        String since(CpuTimes before, int requests, double seconds) {
            double clientMs = (client - before.client) / 1e6 / requests;
            if (server < 0 || before.server < 0) {
                return String.format("client %.2f ms; the server is not a child process of this JVM, not measured",
                        clientMs);
            }
            double serverMs = (server - before.server) / 1e6 / requests;
            int cores = Runtime.getRuntime().availableProcessors();
            double share = (client - before.client + server - before.server) / 1e9 / seconds / cores;
            return String.format("server %.2f ms, client %.2f ms of CPU; together %.0f%% of %d cores", serverMs,
                    clientMs, share * 100, cores);
        }
    }

    /** The LRS over HTTP/1.1 with the demo client's credentials. */
    private static final class Lrs {

        private final URI statements;
        private final URI root;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String authorization = "Basic " + Base64.getEncoder().encodeToString(
                (KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));

        Lrs(URL base) {
            String root = base.toString().endsWith("/") ? base.toString() : base + "/";
            this.root = URI.create(root + "xapi/");
            this.statements = this.root.resolve("statements");
        }

        void post(String json, int expected) {
            HttpRequest request = HttpRequest.newBuilder(statements).header("Authorization", authorization)
                    .header("X-Experience-API-Version", "1.0.3").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() != expected) {
                throw new IllegalStateException("POST answered " + response.statusCode() + ": " + response.body());
            }
        }

        String get(String path) {
            HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).header("Authorization", authorization)
                    .header("X-Experience-API-Version", "1.0.3").GET().build();
            HttpResponse<String> response = send(request);
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        }

        private HttpResponse<String> send(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Scratch copies of XAPI_STATEMENT and its link tables, with the columns, keys and indexes that V002, V005 and V033 leave them (the limit is measured on the same shape). */
    private static final class ScratchTables {

        static final List<String> CREATE = List.of("""
                CREATE TABLE BENCH_STATEMENT (ID BIGINT NOT NULL PRIMARY KEY, STATEMENT_ID CHAR(36) NOT NULL,
                    STORED TIMESTAMP NOT NULL, VERB_HASH BIGINT NOT NULL, VERB_ID VARCHAR(2048) NOT NULL,
                    REGISTRATION CHAR(36), STATEMENT_JSON CLOB NOT NULL,
                    CONSTRAINT BENCH_STATEMENT_ID_UQ UNIQUE (STATEMENT_ID))""",
                "CREATE INDEX BENCH_STATEMENT_NEWEST_IX ON BENCH_STATEMENT (ID DESC)",
                "CREATE INDEX BENCH_STATEMENT_VERB_IX ON BENCH_STATEMENT (VERB_HASH, ID DESC)",
                "CREATE INDEX BENCH_STATEMENT_REGISTRATION_IX ON BENCH_STATEMENT (REGISTRATION, ID DESC)",
                """
                CREATE TABLE BENCH_STATEMENT_AGENT (STATEMENT_PK BIGINT NOT NULL, AGENT_HASH BIGINT NOT NULL,
                    RELATION SMALLINT NOT NULL, VERB_HASH BIGINT NOT NULL)""",
                "CREATE UNIQUE INDEX BENCH_STATEMENT_AGENT_IX ON BENCH_STATEMENT_AGENT (AGENT_HASH, STATEMENT_PK DESC,"
                        + " RELATION, VERB_HASH)",
                """
                CREATE TABLE BENCH_STATEMENT_ACTIVITY (STATEMENT_PK BIGINT NOT NULL, ACTIVITY_HASH BIGINT NOT NULL,
                    RELATION SMALLINT NOT NULL, VERB_HASH BIGINT NOT NULL)""",
                "CREATE UNIQUE INDEX BENCH_STATEMENT_ACTIVITY_IX ON BENCH_STATEMENT_ACTIVITY (ACTIVITY_HASH,"
                        + " STATEMENT_PK DESC, RELATION, VERB_HASH)");
        static final List<String> DROP = List.of("DROP TABLE BENCH_STATEMENT_ACTIVITY", "DROP TABLE BENCH_STATEMENT_AGENT",
                "DROP TABLE BENCH_STATEMENT");
        static final String INSERT_STATEMENT = "INSERT INTO BENCH_STATEMENT (ID, STATEMENT_ID, STORED, VERB_HASH,"
                + " VERB_ID, REGISTRATION, STATEMENT_JSON) VALUES (?, ?, ?, ?, ?, ?, ?)";
        static final String INSERT_AGENT = "INSERT INTO BENCH_STATEMENT_AGENT (STATEMENT_PK, AGENT_HASH, RELATION,"
                + " VERB_HASH) VALUES (?, ?, ?, ?)";
        static final String INSERT_ACTIVITY = "INSERT INTO BENCH_STATEMENT_ACTIVITY (STATEMENT_PK, ACTIVITY_HASH,"
                + " RELATION, VERB_HASH) VALUES (?, ?, ?, ?)";

        private ScratchTables() {
        }
    }
}
