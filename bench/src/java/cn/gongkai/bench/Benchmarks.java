package cn.gongkai.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import cn.gongkai.account.AccountApi;
import cn.gongkai.bench.DataGenerator.ItemPlan;
import cn.gongkai.bench.DataGenerator.OrgPlan;
import cn.gongkai.item.BenchLoader;
import cn.gongkai.org.OrgApi;
import cn.gongkai.org.OrgCommand;
import cn.gongkai.org.OrgType;
import cn.gongkai.search.BenchSearch;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.Role;
import cn.gongkai.security.ScopeMode;
import cn.gongkai.supervision.BenchSupervision;
import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.PeakMemory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The benchmark run (bench/README.md): one JVM with the whole app over the embedded MariaDB and Elasticsearch of the
 * test harness, data generated deterministically and loaded through the app's own batch paths, every target
 * measured as a ratio of two methods run side by side on the same data in the same run. Writes
 * {@code bench/RESULTS.md}. Not part of {@code ./mvnw verify}: run {@code bench/run}.
 */
@FullStackTest
class Benchmarks {

    private static final String PASSWORD = "Bench#Pass2026";

    @LocalServerPort
    int port;
    @Autowired
    OrgApi orgs;
    @Autowired
    AccountApi accounts;
    @Autowired
    BenchLoader loader;
    @Autowired
    BenchSearch search;
    @Autowired
    BenchSupervision supervision;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    private final Results results = new Results();
    private final Map<String, Long> orgIds = new HashMap<>();
    private String rootKey;

    @Test
    void run() throws Exception {
        DataGenerator.Scale scale = DataGenerator.Scale.valueOf(System.getProperty("bench.scale", "MILLION"));
        Path work = Files.createDirectories(Path.of(System.getProperty("bench.work", "target/bench")));
        results.header(scale);
        Set<String> phases = Set.of(System.getProperty("bench.phases", "all").split(","));

        String jar = System.getProperty("bench.jar");
        if (phase(phases, "coldstart") && jar != null && Files.exists(Path.of(jar))) {
            ColdStart.Result cold = ColdStart.measure(Path.of(jar), work);
            results.coldStart(cold);
        }

        DataGenerator generator = new DataGenerator(scale, 20261123L);
        rootKey = generator.governments().get(0).key();
        long rootId;
        CurrentUser editor;
        if (Boolean.getBoolean("bench.reuse") && count("SELECT COUNT(*) FROM item WHERE status = 'PUBLISHED'") > 0) {
            rootId = findGovernments(generator);
            editor = existingUser("bench_editor", rootId, Role.EDITOR);
            dropImportRows(); // what an earlier run's import step left
            results.reused(count("SELECT COUNT(*) FROM item WHERE status = 'PUBLISHED'"), count("SELECT COUNT(*) FROM org_unit"));
        } else {
            rootId = createGovernments(generator);
            editor = user("bench_editor", rootId, Role.EDITOR);
            CurrentUser reviewer = user("bench_reviewer", rootId, Role.REVIEWER);
            user("bench_supervisor", rootId, Role.SUPERVISOR);
            long loadStart = System.nanoTime();
            long[] loaded = {0};
            generator.units(unit -> {
                long orgId = orgIds.containsKey(unit.org().key()) ? orgIds.get(unit.org().key()) : createOrg(unit.org());
                List<BenchLoader.Planned> planned = unit.items().stream().map(Benchmarks::planned).toList();
                loaded[0] += loader.loadUnit(orgId, planned, editor, reviewer);
            });
            double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
            double resyncSeconds = Load.millis(supervision::resync) / 1000;
            results.load(loaded[0], orgIds.size(), loadSeconds, resyncSeconds);
        }

        if (!phases.contains("all") && phases.contains("resync")) { // a reused database: time a resync from nothing
            jdbc.execute("TRUNCATE TABLE supervised_item");
            results.resync(count("SELECT COUNT(*) FROM item WHERE status = 'PUBLISHED'"),
                    Load.millis(supervision::resync) / 1000);
        }
        if (phase(phases, "reindex")) {
            reindexAgainstDirectBulk(work);
        }
        if (phase(phases, "reconcile")) {
            reconcile();
        }
        // before the search: its LIKE scans and FULLTEXT build fill the buffer pool with item_revision, and the scan
        // of item, the supervision yardstick, then has to read from disk
        if (phase(phases, "supervision")) {
            supervisionAgainstFullScan(rootId);
        }
        if (phase(phases, "search")) {
            searchMethods(rootId, generator, work);
        }
        if (phase(phases, "import")) {
            importAgainstJdbc(editor, rootId);
        }

        // a partial run (bench.phases) must not replace the full figures
        Path out = phases.contains("all") ? Path.of(System.getProperty("bench.results", "../bench/RESULTS.md"))
                : work.resolve("RESULTS-partial.md");
        Files.writeString(out, results.markdown());
        System.out.println(results.markdown());
    }

    /**
     * {@code bench.phases}: {@code all} (default) or a comma list of coldstart, resync (with {@code bench.reuse}
     * only: rebuilds the supervision facts from nothing), reindex, reconcile, search, supervision, import
     */
    private static boolean phase(Set<String> phases, String name) {
        return phases.contains("all") || phases.contains(name);
    }

    // ------------------------------------------------------------------------------------------------ data

    private long createGovernments(DataGenerator generator) {
        long root = 0;
        for (OrgPlan o : generator.governments()) {
            long id = createOrg(o);
            if (o.parentKey() == null) {
                root = id;
            }
        }
        return root;
    }

    /** {@code bench.reuse}: the governments of an earlier run's data (same scale), by code */
    private long findGovernments(DataGenerator generator) {
        long root = 0;
        for (OrgPlan o : generator.governments()) {
            long id = jdbc.queryForObject("SELECT id FROM org_unit WHERE code = ?", Long.class, o.code());
            orgIds.put(o.key(), id);
            if (o.parentKey() == null) {
                root = id;
            }
        }
        return root;
    }

    private CurrentUser existingUser(String username, long orgId, Role role) {
        long id = jdbc.queryForObject("SELECT id FROM user_account WHERE username = ?", Long.class, username);
        return new CurrentUser(id, username, username, orgId, List.of(), Set.of(role), ScopeMode.SUBTREE, false);
    }

    private long count(String sql) {
        Long n = jdbc.queryForObject(sql, Long.class);
        return n == null ? 0 : n;
    }

    private long createOrg(OrgPlan o) {
        Long parent = o.parentKey() == null ? null : orgIds.get(o.parentKey());
        long id = orgs.create(new OrgCommand(o.code(), o.name(), o.shortName(), OrgType.valueOf(o.type()), o.level(),
                parent, o.regionCode(), null, null, true)).id();
        orgIds.put(o.key(), id);
        return id;
    }

    private CurrentUser user(String username, long orgId, Role role) {
        long id = accounts.createUser(username, username, orgId, List.of(), List.of(role), ScopeMode.SUBTREE, PASSWORD,
                false);
        return new CurrentUser(id, username, username, orgId, List.of(), Set.of(role), ScopeMode.SUBTREE, false);
    }

    private static BenchLoader.Planned planned(ItemPlan p) {
        Map<String, Object> body = new HashMap<>(p.body());
        body.put("name", p.name());
        return new BenchLoader.Planned(p.kind(), p.code(), body, p.sources().stream()
                .map(s -> new BenchLoader.SourceCode(s.kind(), s.code(), s.stepSeq())).toList());
    }

    private ApiClient login(String username) {
        return new ApiClient(port).login(username, PASSWORD);
    }

    // ------------------------------------------------------------------------------------------------ reindex

    private void reindexAgainstDirectBulk(Path work) throws Exception {
        long[] docs = {0};
        double app = Load.millis(() -> docs[0] = search.reindex("bench"));
        Path ndjson = work.resolve("documents.ndjson");
        long exported = search.export(ndjson);
        double direct = Load.millis(() -> search.directBulk(ndjson));
        Files.deleteIfExists(ndjson);
        assertThat(exported).isEqualTo(docs[0]);
        results.reindex(docs[0], app, direct);
    }

    private void reconcile() throws Exception {
        long[] repaired = {0};
        double reconcile = Load.millis(() -> repaired[0] = search.reconcile());
        results.reconcile(reconcile, repaired[0]);
    }

    // ------------------------------------------------------------------------------------------------ search

    private void searchMethods(long rootId, DataGenerator generator, Path work) throws Exception {
        long county = orgIds.get(generator.governments().stream().filter(o -> o.level() == 4).findFirst().orElseThrow().key());
        List<Long> countyOrgs = orgs.subtreeIds(county);
        Path ndjson = work.resolve("search-documents.ndjson");
        long docs = search.export(ndjson);
        try {
            newAgainstBaseline(ndjson, docs, countyOrgs);
            try (SqlSearch sql = new SqlSearch(dataSource, countyOrgs)) {
                searchMethods(sql, county, countyOrgs);
            }
        } finally {
            search.dropBaseline();
            Files.deleteIfExists(ndjson);
        }
    }

    /**
     * The exact matching rule against today's query, on the same documents in one run: index size and direct bulk
     * time of both mappings, precision and recall against the normalised-substring truth, then the speed of both
     * requests straight to Elasticsearch (1 client interleaved, 16 clients).
     */
    private void newAgainstBaseline(Path ndjson, long docs, List<Long> countyOrgs) throws Exception {
        BenchSearch.MappingCost[] costs = search.mappingCosts(ndjson);
        results.mappings(docs, costs[0], costs[1]);
        for (QuerySet.Query q : QuerySet.QUERIES) {
            long[] e = search.exactness(ndjson, q.text(), q.kind(), q.countyFilter() ? countyOrgs : null, q.domainCode());
            results.exactness(q, e[0], e[1], e[2]);
        }
        Load.Method now = q -> search.newDirect(q.text(), q.kind(), q.countyFilter() ? countyOrgs : null, q.domainCode());
        Load.Method old = q -> search.baseline(q.text(), q.kind(), q.countyFilter() ? countyOrgs : null, q.domainCode());
        int rounds = Integer.getInteger("bench.rounds", 3);
        Load.Figures[] single = Load.paired(now, old, QuerySet.QUERIES, rounds);
        results.search(Results.NEW_QUERY, single[0]);
        results.search(Results.OLD_QUERY, single[1]);
        results.search(Results.NEW_QUERY, Load.measure(now, QuerySet.QUERIES, 16, rounds));
        results.search(Results.OLD_QUERY, Load.measure(old, QuerySet.QUERIES, 16, rounds));
    }

    private void searchMethods(SqlSearch sql, long county, List<Long> countyOrgs) throws Exception {
        ApiClient anonymous = new ApiClient(port);
        List<QuerySet.Query> queries = QuerySet.QUERIES;
        Load.Method api = q -> {
            StringBuilder path = new StringBuilder("/api/v1/public/search?size=20&q=").append(enc(q.text()));
            if (q.kind() != null) {
                path.append("&kind=").append(q.kind());
            }
            if (q.domainCode() != null) {
                path.append("&domainCode=").append(q.domainCode());
            }
            if (q.countyFilter()) {
                path.append("&orgId=").append(county);
            }
            var r = anonymous.get(path.toString());
            if (r.status() != 200) {
                throw new IllegalStateException(r.toString());
            }
            return r.json().get("total").asLong();
        };
        Load.Method direct = q -> search.direct(q.text(), q.kind(), q.countyFilter() ? countyOrgs : null, q.domainCode());

        int rounds = Integer.getInteger("bench.rounds", 3);
        Load.Figures[] single = Load.paired(api, direct, queries, rounds);
        results.search("应用搜索接口（HTTP）", single[0]);
        results.search("同一查询直连 Elasticsearch", single[1]);
        results.search("应用搜索接口（HTTP）", Load.measure(api, queries, 16, rounds));
        results.search("同一查询直连 Elasticsearch", Load.measure(direct, queries, 16, rounds));
        // the database baselines are slow at scale: LIKE one pass with 1 client (no warm-up: each query reads the
        // whole table anyway) and 2 queries per client with 16; FULLTEXT one warmed pass and 4 per client
        results.search("SQL LIKE '%关键词%'", Load.sample(sql::like, queries, 1, queries.size()));
        results.search("SQL LIKE '%关键词%'", Load.sample(sql::like, queries, 16, 2));
        double ftBuild = Load.millis(sql::createFulltextIndex);
        results.search("MariaDB FULLTEXT", Load.measure(sql::fulltext, queries, 1, 1));
        results.search("MariaDB FULLTEXT", Load.sample(sql::fulltext, queries, 16, 4));

        // recall of the first 30 queries against the LIKE truth of the whole text (the figures of earlier runs)
        for (QuerySet.Query q : queries.subList(0, 30)) {
            List<Long> truth = sql.truthSample(q, 500);
            long es = search.found(q.text(), q.kind(), q.countyFilter() ? countyOrgs : null, q.domainCode(), truth);
            long ft = sql.fulltextFound(q, truth);
            results.recall(q, truth.size(), es, ft);
        }
        sql.dropFulltextIndex();
        results.fulltextBuild(ftBuild);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ supervision

    private void supervisionAgainstFullScan(long rootId) throws Exception {
        ApiClient supervisor = login("bench_supervisor");
        JsonNode[] report = {null};
        List<Double> coverage = new ArrayList<>();
        List<Double> scan = new ArrayList<>();
        try (SqlSearch sql = new SqlSearch(dataSource, List.of())) {
            warm(sql);
            for (int i = 0; i < 5; i++) {
                scan.add(Load.millis(sql::fullScan));
                coverage.add(Load.millis(() -> {
                    var r = supervisor.get("/api/v1/supervision/coverage?orgId=" + rootId);
                    if (r.status() != 200) {
                        throw new IllegalStateException(r.toString());
                    }
                    report[0] = r.json();
                }));
            }
        }
        results.supervision(median(coverage), median(scan), report[0]);
    }

    /**
     * Brings the item table into the buffer pool before the yardstick is timed, as the report's facts are. A plain
     * scan may not: InnoDB keeps scanned pages in the pool's old end (innodb_old_blocks_time).
     */
    private void warm(SqlSearch sql) throws Exception {
        Integer oldBlocksTime = jdbc.queryForObject("SELECT @@GLOBAL.innodb_old_blocks_time", Integer.class);
        jdbc.execute("SET GLOBAL innodb_old_blocks_time = 0");
        try {
            sql.fullScan();
            sql.fullScan();
        } finally {
            jdbc.execute("SET GLOBAL innodb_old_blocks_time = " + oldBlocksTime);
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(Double::compare);
        return sorted.get(sorted.size() / 2);
    }

    // ------------------------------------------------------------------------------------------------ import

    /**
     * 100,000 power items: generated as drafts in one org (untimed), exported with the app's export, then imported
     * into a second org through the import API (202, job, all-or-nothing), against the same item rows written by a
     * plain JDBC batch insert into a third org.
     */
    private void importAgainstJdbc(CurrentUser editor, long rootId) throws Exception {
        try {
            importAgainstJdbcOnce(editor);
        } finally {
            dropImportRows();
        }
    }

    /**
     * The draft items of the import step's orgs (codes BENCH-IMP-…), with their history: 300,000 rows a run that would
     * otherwise stay in {@code item} and slow the supervision yardstick (a scan of {@code item}) of every later run.
     */
    private void dropImportRows() {
        String orgs = "SELECT id FROM org_unit WHERE code LIKE 'BENCH-IMP-%'";
        jdbc.update("DELETE FROM item_transition WHERE item_id IN (SELECT id FROM item WHERE org_id IN (" + orgs + "))");
        jdbc.update("DELETE FROM item WHERE org_id IN (" + orgs + ")");
    }

    private void importAgainstJdbcOnce(CurrentUser editor) throws Exception {
        int rows = Integer.getInteger("bench.import-rows", 100_000);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000); // a reused database has earlier runs' orgs
        long source = createOrg(new OrgPlan("IMP_A", rootKey, "BENCH-IMP-A" + run, "导入基准源单位" + run, "导入源", "DEPARTMENT", 4, "990000"));
        long target = createOrg(new OrgPlan("IMP_B", rootKey, "BENCH-IMP-B" + run, "导入基准目标单位" + run, "导入目标", "DEPARTMENT", 4, "990000"));
        long raw = createOrg(new OrgPlan("IMP_C", rootKey, "BENCH-IMP-C" + run, "导入基准直写单位" + run, "直写", "DEPARTMENT", 4, "990000"));
        DataGenerator generator = new DataGenerator(DataGenerator.Scale.MILLION, 7L);
        List<ItemPlan> powers = new ArrayList<>();
        generator.units(unit -> {
            if (powers.size() < rows) {
                unit.items().stream().filter(i -> i.kind().equals("POWER")).forEach(i -> {
                    if (powers.size() < rows) {
                        powers.add(new ItemPlan(i.kind(), i.orgKey(), String.format("IMP-%06d", powers.size()), i.name(),
                                i.body(), List.of()));
                    }
                });
            }
        });
        loader.createDrafts(source, powers.stream().map(Benchmarks::planned).toList(), editor);

        ApiClient client = login("bench_editor");
        var exported = client.download("/api/v1/power-items/export?orgId=" + source);
        byte[] file = exported.body();
        PeakMemory.Peak[] normalPeak = new PeakMemory.Peak[1];
        double importMs = Load.millis(() -> normalPeak[0] = PeakMemory.measure(() -> {
            var r = client.upload("/api/v1/power-items/import?orgId=" + target, "power-items.xlsx", file);
            if (r.status() != 202) {
                throw new IllegalStateException(r.toString());
            }
            String job = r.json().get("jobId").asString();
            while (true) {
                JsonNode j = client.get("/api/v1/imports/" + job).json();
                String status = j.get("status").asString();
                if (status.equals("SUCCEEDED")) {
                    break;
                }
                if (!status.equals("RUNNING")) {
                    throw new IllegalStateException(j.toString());
                }
                Thread.sleep(100);
            }
        }));
        Integer imported = jdbc.queryForObject("SELECT COUNT(*) FROM item WHERE org_id = ?", Integer.class, target);

        List<Object[]> itemRows = jdbc.query("SELECT kind, code, name, content, category FROM item WHERE org_id = ?",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)},
                source);
        double jdbcMs = Load.millis(() -> {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try (PreparedStatement s = c.prepareStatement("INSERT INTO item (kind, org_id, code, name, status, version,"
                        + " content, category, created_at, created_by, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, 'DRAFT', 0, ?, ?, NOW(3), 'bench', NOW(3), 'bench')")) {
                    int n = 0;
                    for (Object[] r : itemRows) {
                        s.setString(1, (String) r[0]);
                        s.setLong(2, raw);
                        s.setString(3, (String) r[1]);
                        s.setString(4, (String) r[2]);
                        s.setString(5, (String) r[3]);
                        s.setString(6, (String) r[4]);
                        s.addBatch();
                        if (++n % 1000 == 0) {
                            s.executeBatch();
                        }
                    }
                    s.executeBatch();
                }
                c.commit();
            }
        });
        results.importRates(rows, file.length, imported == null ? 0 : imported, importMs, jdbcMs);
        importLimits(client, target, file, normalPeak[0]);
    }

    /**
     * Issue #17's hostile workbooks against the normal one: the app's peak heap and RSS while each upload is handled,
     * and how it is answered (the limits refuse a bomb at upload, before the sheet is parsed).
     */
    private void importLimits(ApiClient client, long target, byte[] normal, PeakMemory.Peak normalPeak)
            throws Exception {
        List<String> lines = new ArrayList<>();
        long unpacked = ImportMemory.unpackedBytes(normal);
        lines.add(String.format("| normal export, %,d rows: %.1f MiB, %.0f MiB unpacked (ratio %.3f) | 202, job SUCCEEDED "
                + "| %.1f s | %.0f → %.0f MiB | %.0f MiB |", Integer.getInteger("bench.import-rows", 100_000),
                normal.length / 1048576.0, unpacked / 1048576.0, (double) normal.length / unpacked,
                normalPeak.millis() / 1000, normalPeak.heapBeforeMib(), normalPeak.heapPeakMib(), normalPeak.rssPeakMib()));
        Map<String, byte[]> bombs = new java.util.LinkedHashMap<>();
        bombs.put("ratio bomb (one row repeated)", ImportMemory.ratioBomb(normal, 210L * 1048576));
        bombs.put("whitespace bomb", ImportMemory.whitespaceBomb(normal, 200L * 1048576));
        for (Map.Entry<String, byte[]> bomb : bombs.entrySet()) {
            long size = ImportMemory.unpackedBytes(bomb.getValue());
            String[] answer = new String[1];
            PeakMemory.Peak peak = PeakMemory.measure(() -> {
                var r = client.upload("/api/v1/power-items/import?orgId=" + target, "bomb.xlsx", bomb.getValue());
                answer[0] = r.status() + " " + (r.isProblem() ? r.detail() : r.body());
            });
            lines.add(String.format("| %s: %.0f KiB, %.0f MiB unpacked | %s | %.2f s | %.0f → %.0f MiB | %.0f MiB |",
                    bomb.getKey(), bomb.getValue().length / 1024.0, size / 1048576.0, answer[0].replace("|", "\\|"),
                    peak.millis() / 1000, peak.heapBeforeMib(), peak.heapPeakMib(), peak.rssPeakMib()));
        }
        lines.forEach(l -> System.out.println("Import limits: " + l));
        results.importLimits(lines);
    }
}
