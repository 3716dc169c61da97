package cn.gongkai.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import cn.gongkai.support.ApiClient;
import cn.gongkai.support.FullStackTest;
import cn.gongkai.support.RawHttp;
import cn.gongkai.support.TestData;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded fuzz run over every operation of the OpenAPI document: malformed paths, percent-encodings, query
 * parameters, headers, methods and JSON bodies, sent over raw sockets (nothing normalised on the way), anonymous
 * and as six users of every role. Fixed seed, 6,000 requests (about a minute). Every answer must be below 500, and every
 * 4xx must be problem+json with a Chinese detail.
 *
 * <p>Writes never touch what the whole test JVM shares: ids in paths are this class's own org, items and users or
 * ones that do not exist, and the endpoints that change shared tables (code tables, statutes, calendar, security
 * policy, reindex, roles) only ever get bodies that cannot be read.
 */
@FullStackTest
class FuzzIT {

    private static final Logger log = LoggerFactory.getLogger(FuzzIT.class);
    private static final long SEED = 20261203L;
    private static final int REQUESTS = 6000;
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** shared state of the test JVM: only unreadable bodies go there */
    private static final List<String> SHARED = List.of("/api/v1/code-tables", "/api/v1/statutes/", "/api/v1/calendar",
            "/api/v1/security-policy", "/api/v1/admin/search", "/roles", "/unlock", "/reset-password");

    /** values for path segments and query values, already percent-encoded as sent */
    private static final List<String> SEGMENTS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "1e3",
            "%00", "%2f", "%5c", "%2e%2e", "..", ".", "%FF", "%C3%28", "%ED%A0%80", "%F0%9F%98%80", "%E4%B8%AD", "%25",
            ";x=1", "%3B", "%20", "+", "%0d%0aX-Injected:%201", "%3Cscript%3E", "a".repeat(3000), "9".repeat(40),
            "%u0041", "null", "%E2%80%AE", "1;jsessionid=x", "%", "%zz", "%2", "%C0%AF", "%F4%90%80%80", "%09", "*",
            "%E0%80%80", "undefined", "NaN", "-0", "0x10", "%7B%7D", "%5B%5D", "2026-02-30", "9999-99-99",
            "%EF%BB%BF1", "%C2%85", "%E2%80%A8", "1%00", "~", "%22%27");

    /** JSON values put into fields of otherwise well-formed bodies */
    private static final List<String> JSON_VALUES = List.of("null", "0", "-1", "1.5", "1e400", "-1e400",
            "2147483648", "-9223372036854775809", "99999999999999999999999999", "true", "\"\"", "\" \"", "[]", "{}",
            "[null]", "[[[]]]", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\ud800\"", "\"\\udfff\"", "\"x\\ud83d\"",
            "\"\\u202e名称\"", "\"\\u0085\"", "\"\\r\\n\"", "\"\\t\"", "\"😀𠮷\"", "\"<script>alert(1)</script>\"",
            "\"' OR '1'='1\"", "\"${jndi:ldap://127.0.0.1/x}\"", "\"#{1+1}\"", "\"%s%n\"", "\"../../etc/passwd\"",
            "\"" + "a".repeat(70_000) + "\"", "\"" + "中".repeat(5000) + "\"", "\"2026-02-30\"",
            "\"9999-12-31T99:99:99Z\"", "\"NaN\"", "\"Infinity\"", "\"\\ufeff\"", "\"\\uffff\"", "\"-0\"",
            "\"POWER\"", "\"power-items\"", "\"LICENSING\"", "\"OWN_ORGS\"", "\"SYS_ADMIN\"", "[\"SYS_ADMIN\"]",
            "{\"a\":1}", "[1,2,3]", "\"1\"", "\"true\"", "1.0", "01");

    /** bodies that are not JSON, or not the JSON any endpoint reads */
    private static final List<String> RAW_BODIES = List.of("", "{", "}", "[", "null", "0", "\"x\"", "[]", "{\"a\":}",
            "{'a':1}", "{\"a\":1,}", "\ufeff{}", "{\"a\":1}{\"b\":2}", "{\"a\":\"\\x\"}", "{\"a\":01}", "1e99999",
            "[".repeat(5000) + "]".repeat(5000), "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
            "{\"name\":\"\\ud800\"}", "{\"name\":\"\\u0000\"}", "{\"username\":null,\"password\":null}",
            "{\"" + "k".repeat(100_000) + "\":1}", "<xml/>", "a=1&b=%zz", "--x\r\nContent-Disposition: form-data\r\n\r\n",
            "{\"version\":\"NaN\"}", "{\"ids\":[" + "1,".repeat(5000) + "1]}", "/* c */ {}", "{\"a\":NaN}");

    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD",
            "TRACE", "FOO", "PROPFIND", "CONNECT");

    private static final List<String[]> HEADERS = List.of(
            new String[] {"Content-Type", "text/plain"}, new String[] {"Content-Type", "application/xml"},
            new String[] {"Content-Type", "application/json; charset=foo"},
            new String[] {"Content-Type", "application/json; charset=UTF-16"},
            new String[] {"Content-Type", "multipart/form-data"},
            new String[] {"Content-Type", "multipart/form-data; boundary=x"},
            new String[] {"Content-Type", "application/x-www-form-urlencoded"}, new String[] {"Content-Type", "*/*"},
            new String[] {"Content-Type", "application/json;;;"}, new String[] {"Content-Type", "garbage"},
            new String[] {"Content-Type", "application/"}, new String[] {"Content-Type", ""},
            new String[] {"Accept", "text/html"}, new String[] {"Accept", "application/xml"},
            new String[] {"Accept", "foo"}, new String[] {"Accept", "*/*;q=abc"}, new String[] {"Accept", "image/png"},
            new String[] {"Accept", "application/json;q=0"}, new String[] {"Accept", ""},
            new String[] {"Accept", "text/event-stream"}, new String[] {"Accept", "application/problem+xml"},
            new String[] {"Accept", "text/csv"}, new String[] {"Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
            new String[] {"Cookie", "SESSION=garbage"}, new String[] {"Cookie", "SESSION=" + "A".repeat(5000)},
            new String[] {"Cookie", "SESSION=%00"}, new String[] {"Cookie", "XSRF-TOKEN=x"},
            new String[] {"Cookie", "SESSION=\u00ff\u00fe"}, new String[] {"Cookie", "=;=;;"},
            new String[] {"X-XSRF-TOKEN", ""}, new String[] {"X-XSRF-TOKEN", "garbage"},
            new String[] {"X-XSRF-TOKEN", "\u00ff\u00fe"}, new String[] {"X-XSRF-TOKEN", "a".repeat(10_000)},
            new String[] {"Accept-Language", "xx"}, new String[] {"Accept-Language", "*;q=abc"},
            new String[] {"Accept-Language", "\u00e9\u00ff"}, new String[] {"Host", "a b"}, new String[] {"Host", "[::1"},
            new String[] {"Host", "localhost:99999"}, new String[] {"Host", "\u00ff"}, new String[] {"Range", "bytes=abc"},
            new String[] {"Range", "bytes=0-0,0-0,0-0"}, new String[] {"If-Modified-Since", "garbage"},
            new String[] {"If-None-Match", "\"x"}, new String[] {"X-Forwarded-For", "<script>"},
            new String[] {"X-Forwarded-Proto", "javascript"}, new String[] {"Forwarded", "for=\"[::1"},
            new String[] {"Origin", "null"}, new String[] {"Origin", "http://evil.example"},
            new String[] {"Authorization", "Basic garbage"}, new String[] {"Authorization", "Bearer x.y.z"},
            new String[] {"X-HTTP-Method-Override", "DELETE"}, new String[] {"X-Custom", "a\u0001b"},
            new String[] {"X-Big", "b".repeat(40_000)}, new String[] {"Content-Encoding", "gzip"},
            new String[] {"Expect", "100-continue"}, new String[] {"Expect", "garbage"},
            new String[] {"User-Agent", "\u00ff\u0000"}, new String[] {"Referer", "javascript:alert(1)"});

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder encoder;

    private Random random;
    private JsonNode schemas;
    private long fuzzOrg;
    private long fuzzItem;
    private long fuzzUser;

    /** one operation of the OpenAPI document */
    record Operation(String method, String path, List<JsonNode> parameters, JsonNode bodySchema, boolean multipart) {
    }

    /** a logged-in user agent as raw headers */
    record Agent(String name, String cookie, String csrf) {
    }

    @Test
    void everyEndpointAnswersMalformedRequestsWithA4xxProblemAndNever5xx() {
        random = new Random(SEED);
        TestData data = new TestData(jdbc, encoder);
        fuzzOrg = data.org("gov", "模糊测试县", null);
        long dept = data.org("dept", "模糊测试县人社局", fuzzOrg);
        fuzzUser = data.userId(data.user("victim", dept, List.of("EDITOR"), false));
        List<Agent> agents = new ArrayList<>();
        agents.add(new Agent("anonymous", null, null));
        ApiClient editor = null;
        for (var who : List.of(List.of("editor", "EDITOR"), List.of("reviewer", "REVIEWER"),
                List.of("supervisor", "SUPERVISOR"), List.of("sys", "SYS_ADMIN"), List.of("sec", "SECURITY_ADMIN"),
                List.of("audit", "AUDIT_ADMIN"))) {
            boolean admin = who.get(1).endsWith("ADMIN");
            String username = data.user(who.get(0), admin ? null : fuzzOrg, List.of(who.get(1)), false, "SUBTREE",
                    List.of());
            ApiClient c = new ApiClient(port).login(username, TestData.PASSWORD);
            String csrf = c.csrfToken();
            assertThat(c.cookie("SESSION")).isNotNull();
            agents.add(new Agent(who.get(0), "SESSION=" + c.cookie("SESSION") + "; XSRF-TOKEN=" + c.cookie("XSRF-TOKEN"),
                    csrf));
            if (who.get(0).equals("editor")) {
                editor = c;
            }
        }
        var item = editor.post("/api/v1/power-items", Map.of("orgId", dept, "code", data.prefix + "item",
                "name", "模糊测试事项", "category", "LICENSING"));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        fuzzItem = item.json().get("id").asLong();

        JsonNode docs = new ApiClient(port).get("/v3/api-docs").json();
        schemas = docs.path("components").path("schemas");
        List<Operation> operations = operations(docs);
        assertThat(operations).hasSizeGreaterThan(50);

        RawHttp raw = new RawHttp(port);
        Map<Integer, Integer> byStatus = new TreeMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        for (int n = 0; n < REQUESTS; n++) {
            Operation op = operations.get(random.nextInt(operations.size()));
            Agent agent = agents.get(random.nextInt(agents.size()));
            Request r = request(op, agent);
            byKind.merge(r.kind, 1, Integer::sum);
            RawHttp.Response answer = raw.send(r.method, r.target, r.headers, r.body);
            byStatus.merge(answer.status(), 1, Integer::sum);
            String problem = check(r, answer);
            if (problem != null && failures.size() < 200) {
                failures.add(problem + " ← " + agent.name + " " + r.kind + " " + r.method + " " + cut(r.target, 200)
                        + " " + r.headers.keySet() + (r.body == null ? "" : " body " + cut(new String(r.body,
                        StandardCharsets.UTF_8), 120)));
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        log.info("Fuzz run (seed {}): {} requests over {} operations in {} s; by status {}; by kind {}; {} failures",
                SEED, REQUESTS, operations.size(), seconds, byStatus, byKind, failures.size());
        assertThat(failures).as("answers that are 5xx or not problem+json").isEmpty();
    }

    /** null when the answer is acceptable, else what is wrong with it */
    private static String check(Request r, RawHttp.Response answer) {
        int status = answer.status();
        if (status == 0) {
            return "no HTTP answer";
        }
        if (status >= 500) {
            return status + " " + cut(answer.body(), 300);
        }
        if (status >= 400 && !r.method.equals("HEAD")) {
            if (!answer.isProblem()) {
                return status + " not problem+json: " + answer.contentType() + " " + cut(answer.body(), 200);
            }
            if (!CHINESE.matcher(answer.detail()).find()) {
                return status + " detail not Chinese: " + cut(answer.body(), 200);
            }
        }
        return null;
    }

    private List<Operation> operations(JsonNode docs) {
        List<Operation> ops = new ArrayList<>();
        for (var path : docs.get("paths").properties()) {
            for (var method : path.getValue().properties()) {
                JsonNode op = method.getValue();
                List<JsonNode> params = new ArrayList<>();
                op.path("parameters").forEach(params::add);
                JsonNode content = op.path("requestBody").path("content");
                JsonNode body = content.path("application/json").path("schema");
                ops.add(new Operation(method.getKey().toUpperCase(), path.getKey(), params,
                        body.isMissingNode() ? null : body, content.has("multipart/form-data")));
            }
        }
        return ops;
    }

    private static final class Request {
        String kind;
        String method;
        String target;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
    }

    private Request request(Operation op, Agent agent) {
        Request r = new Request();
        r.method = op.method;
        if (agent.cookie != null) {
            r.headers.put("Cookie", agent.cookie);
            if (!op.method.equals("GET")) {
                r.headers.put("X-XSRF-TOKEN", agent.csrf);
            }
        }
        boolean shared = SHARED.stream().anyMatch(op.path::contains);
        boolean logout = op.path.endsWith("/auth/logout") || op.path.endsWith("/auth/password");
        String path = fillPath(op, false);
        String query = query(op, false);
        byte[] body = op.bodySchema == null && !op.multipart ? null : baselineBody(op);
        if (shared && agent.cookie != null && op.bodySchema == null && !op.method.equals("GET")) {
            // a shared write without a body (reindex, unlock): refused for its missing CSRF token instead
            r.kind = "no-csrf";
            r.headers.remove("X-XSRF-TOKEN");
        } else if (shared && agent.cookie != null || logout && agent.cookie != null) {
            body = pick(RAW_BODIES).getBytes(StandardCharsets.UTF_8);
            r.kind = "unreadable-body";
            r.headers.put("Content-Type", "application/json");
            if (op.path.endsWith("/auth/logout")) {
                r.headers.remove("Cookie");
            }
        } else {
            switch (random.nextInt(8)) {
                case 0 -> {
                    r.kind = "path-parameter";
                    path = fillPath(op, true);
                }
                case 1 -> {
                    r.kind = "query";
                    query = query(op, true);
                }
                case 2 -> {
                    r.kind = "path-shape";
                    path = reshape(path);
                }
                case 3 -> {
                    r.kind = "header";
                    String[] h = HEADERS.get(random.nextInt(HEADERS.size()));
                    r.headers.put(h[0], h[1]);
                }
                case 4 -> {
                    r.kind = "method";
                    r.method = pick(METHODS);
                }
                case 5 -> {
                    r.kind = "raw-body";
                    body = pick(RAW_BODIES).getBytes(StandardCharsets.UTF_8);
                    if (random.nextInt(4) == 0) {
                        body = new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}', (byte) 0xc3, (byte) 0x28};
                    }
                }
                case 6 -> {
                    // a form body is read as parameters (by the CSRF filter when the header is missing)
                    r.kind = "form-body";
                    r.headers.put("Content-Type", "application/x-www-form-urlencoded");
                    body = pick(List.of("a=%zz", "_csrf=%FF", "%=1", "a=%C3%28&b=1", "x=" + "%E4%B8%AD".repeat(4000),
                            "a=1&".repeat(20_000))).getBytes(StandardCharsets.ISO_8859_1);
                    if (random.nextBoolean()) {
                        r.headers.remove("X-XSRF-TOKEN");
                    }
                }
                default -> {
                    r.kind = "json-field";
                    body = mutatedBody(op);
                }
            }
        }
        if (body != null) {
            r.headers.putIfAbsent("Content-Type", "application/json");
            r.body = body;
        } else if (!r.method.equals("GET") && !r.method.equals("HEAD")) {
            r.body = new byte[0];
        }
        r.target = path + (query.isEmpty() ? "" : "?" + query);
        return r;
    }

    private String fillPath(Operation op, boolean fuzz) {
        String path = op.path;
        List<JsonNode> pathParams = op.parameters.stream().filter(p -> p.path("in").asString().equals("path")).toList();
        JsonNode fuzzed = fuzz && !pathParams.isEmpty() ? pathParams.get(random.nextInt(pathParams.size())) : null;
        for (JsonNode p : pathParams) {
            String name = p.get("name").asString();
            String value = p == fuzzed ? pick(SEGMENTS) : baseline(op.path, name, p.path("schema"));
            path = path.replace("{" + name + "}", value);
        }
        // parameters not declared (a regex part of the mapping shows in the path)
        return path.replaceAll("\\{[^}]*}", fuzz ? pick(SEGMENTS) : "1");
    }

    private String baseline(String path, String name, JsonNode schema) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0).asString();
        }
        return switch (name) {
            case "kind" -> "power-items";
            case "table" -> "levels";
            case "year" -> "2026";
            case "code" -> "FUZZ_NO_SUCH_CODE";
            case "domainCode" -> "SOCIAL_ASSISTANCE";
            case "orgId" -> String.valueOf(fuzzOrg);
            case "action" -> "submit";
            case "revision" -> "1";
            case "jobId" -> "no-such-job";
            default -> path.startsWith("/api/v1/orgs") ? String.valueOf(fuzzOrg)
                    : path.startsWith("/api/v1/users") ? String.valueOf(fuzzUser) : String.valueOf(fuzzItem);
        };
    }

    private String query(Operation op, boolean fuzz) {
        List<String> parts = new ArrayList<>();
        List<JsonNode> queryParams = op.parameters.stream().filter(p -> p.path("in").asString().equals("query")).toList();
        for (JsonNode p : queryParams) {
            String name = p.get("name").asString();
            if (p.path("required").asBoolean() || (fuzz && random.nextBoolean())) {
                parts.add(name + "=" + (fuzz && random.nextInt(3) > 0 ? pick(SEGMENTS) : queryBaseline(name, p)));
            }
        }
        if (fuzz) {
            switch (random.nextInt(8)) {
                case 0 -> parts.add(pick(List.of("%", "%zz", "a=%FF", "&&&", "=", "a[]=1", "%FF=1", "a=1&a=2", "==", "a==b")));
                case 1 -> parts.add("q=" + "%E4%B8%AD".repeat(random.nextBoolean() ? 3000 : 5000));
                case 2 -> parts.add("page=" + pick(List.of("-1", "0", "99999999999", "abc", "1.5")) + "&size="
                        + pick(List.of("-1", "0", "100000", "abc", "")));
                case 3 -> parts.add("sort=" + pick(List.of("random", "%00", "date,desc", "name;drop")));
                default -> {
                }
            }
        }
        return String.join("&", parts);
    }

    private String queryBaseline(String name, JsonNode p) {
        JsonNode s = resolve(p.path("schema"));
        if (s.has("enum")) {
            return s.get("enum").get(0).asString();
        }
        return switch (s.path("type").asString()) {
            case "integer", "number" -> name.toLowerCase().contains("org") ? String.valueOf(fuzzOrg) : "1";
            case "boolean" -> "true";
            default -> s.path("format").asString().equals("date") ? "2026-01-05" : "x";
        };
    }

    private String reshape(String path) {
        return switch (random.nextInt(24)) {
            case 0 -> "/" + path;
            case 1 -> path + "/";
            case 2 -> path.replace("/api/", "/api/./");
            case 3 -> path.replace("/v1/", "/v1/..;/v1/");
            case 4 -> path + ";jsessionid=1";
            case 5 -> path.toUpperCase();
            case 6 -> path + "%00";
            case 7 -> path + "%2f";
            case 8 -> path.replaceFirst("/v1/", "%2fv1/");
            case 9 -> path + "/..%2f";
            case 10 -> path.replace("/api/v1/", "/api/v1/%2e%2e/api/v1/");
            case 11 -> path + "#frag";
            case 12 -> path + "\\";
            case 13 -> path + "%";
            case 14 -> "/WEB-INF" + path;
            case 15 -> "/META-INF/MANIFEST.MF";
            case 16 -> "/assets/..%2f..%2fapplication.yml";
            case 17 -> "/actuator/../api/v1/orgs";
            case 18 -> pick(List.of("/actuator/env", "/actuator/heapdump", "/actuator/threaddump", "/actuator/configprops",
                    "/actuator/health/%2e%2e", "/v3/api-docs/..%2f", "/swagger-ui/..%2f..%2f", "/error/x"));
            case 19 -> path.replace("/", "//");
            case 20 -> path + "%C3%28";
            case 21 -> path + "/%E2%80%AE";
            case 22 -> path.replace("/api", "/%61pi");
            default -> path + "%252e%252e";
        };
    }

    private byte[] baselineBody(Operation op) {
        if (op.multipart) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            b.writeBytes("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.xlsx\"\r\n\r\nPK\u0003\u0004garbage\r\n--x--\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            return b.toByteArray();
        }
        return JSON.writeValueAsBytes(baselineJson(op));
    }

    private JsonNode baselineJson(Operation op) {
        JsonNode s = resolve(op.bodySchema);
        if (op.path.startsWith("/api/v1/{kind") && s.path("properties").isEmpty()) {
            ObjectNode item = JSON.createObjectNode();
            item.put("orgId", fuzzOrg);
            item.put("code", "FZ" + random.nextInt(1_000_000));
            item.put("name", "模糊事项");
            item.put("category", "LICENSING");
            item.putArray("responsibilities").add("责任");
            item.put("version", 0);
            return item;
        }
        return value(s, 0);
    }

    private JsonNode value(JsonNode schema, int depth) {
        JsonNode s = resolve(schema);
        if (s.has("enum")) {
            return s.get("enum").get(0);
        }
        String type = s.path("type").asString();
        if (type.isEmpty() && s.has("properties")) {
            type = "object";
        }
        return switch (type) {
            case "object" -> {
                ObjectNode o = JSON.createObjectNode();
                if (depth < 4) {
                    for (var p : s.path("properties").properties()) {
                        JsonNode v = value(p.getValue(), depth + 1);
                        o.set(p.getKey(), p.getKey().toLowerCase().endsWith("orgid") ? JSON.getNodeFactory()
                                .numberNode(fuzzOrg) : v);
                    }
                }
                yield o;
            }
            case "array" -> {
                var a = JSON.createArrayNode();
                if (depth < 4) {
                    a.add(value(s.path("items"), depth + 1));
                }
                yield a;
            }
            case "integer", "number" -> JSON.getNodeFactory().numberNode(1);
            case "boolean" -> JSON.getNodeFactory().booleanNode(true);
            case "string" -> JSON.getNodeFactory().stringNode(switch (s.path("format").asString()) {
                case "date" -> "2026-01-05";
                case "date-time" -> "2026-01-05T08:00:00Z";
                default -> "模糊测试";
            });
            default -> JSON.getNodeFactory().stringNode("x");
        };
    }

    private byte[] mutatedBody(Operation op) {
        JsonNode body = op.bodySchema == null ? JSON.createObjectNode() : baselineJson(op);
        String fuzz = pick(JSON_VALUES);
        String text;
        if (body instanceof ObjectNode o && !o.isEmpty()) {
            List<String> names = new ArrayList<>(o.propertyNames());
            String name = names.get(random.nextInt(names.size()));
            o.put(name, "__FUZZ__");
            text = JSON.writeValueAsString(o);
        } else if (body.isArray() && !body.isEmpty()) {
            text = "[" + (body.get(0).isObject() ? objectWithFuzz((ObjectNode) body.get(0)) : "\"__FUZZ__\"") + "]";
        } else {
            text = "\"__FUZZ__\"";
        }
        return text.replace("\"__FUZZ__\"", fuzz).getBytes(StandardCharsets.UTF_8);
    }

    private String objectWithFuzz(ObjectNode o) {
        if (o.isEmpty()) {
            return "{}";
        }
        List<String> names = new ArrayList<>(o.propertyNames());
        o.put(names.get(random.nextInt(names.size())), "__FUZZ__");
        return JSON.writeValueAsString(o);
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode s = schema == null ? JSON.createObjectNode() : schema;
        for (int i = 0; i < 10 && s.has("$ref"); i++) {
            String ref = s.get("$ref").asString();
            s = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
        }
        if (s.has("allOf") && s.get("allOf").size() == 1) {
            return resolve(s.get("allOf").get(0));
        }
        return s;
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static String cut(String s, int max) {
        return s.length() > max ? s.substring(0, max) + "…" : s;
    }
}
