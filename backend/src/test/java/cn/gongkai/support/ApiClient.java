package cn.gongkai.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser-like API client for full-stack tests: keeps cookies (session, XSRF-TOKEN), fetches the CSRF token the
 * way docs/API.md describes and sends it on every write. One client = one user agent.
 */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrfToken;
    private boolean sendCsrf = true;
    private final Map<String, String> extraHeaders = new java.util.LinkedHashMap<>();

    /** the client addresses the clients of this JVM stand for, one each (198.18.0.0/15: never a real peer) */
    private static final java.util.concurrent.atomic.AtomicInteger SOURCES = new java.util.concurrent.atomic.AtomicInteger();

    public ApiClient(int port) {
        this.base = "http://127.0.0.1:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5)).build();
        // each client is a client of its own, as in real use: the login throttle counts failures per address, and
        // the failures some tests make on purpose must not block the logins of the tests after them
        int n = SOURCES.getAndIncrement();
        from("198." + (18 + n / 65_000 % 2) + "." + (n / 250 % 260) + "." + (n % 250 + 1));
    }

    /** the client address this client's requests come from (as the app sees it: forwarded by loopback) */
    public String source() {
        return extraHeaders.get("X-Forwarded-For");
    }

    /** A client that never sends the CSRF header (to prove writes without it are refused). */
    public ApiClient withoutCsrf() {
        sendCsrf = false;
        return this;
    }

    /**
     * Requests as if from another client address, forwarded by a trusted proxy (the tests run with
     * {@code server.forward-headers-strategy=native}; loopback is a trusted proxy).
     */
    public ApiClient from(String address) {
        return header("X-Forwarded-For", address);
    }

    /** one more header on every request */
    public ApiClient header(String name, String value) {
        extraHeaders.put(name, value);
        return this;
    }

    public Response get(String path) {
        return send("GET", path, null);
    }

    public Response post(String path, Object body) {
        return send("POST", path, body);
    }

    public Response put(String path, Object body) {
        return send("PUT", path, body);
    }

    public Response delete(String path) {
        return send("DELETE", path, null);
    }

    /** logs in and fails the test unless it worked */
    public ApiClient login(String username, String password) {
        Response r = post("/api/v1/auth/login", Map.of("username", username, "password", password));
        if (r.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + r);
        }
        return this;
    }

    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** the XSRF-TOKEN cookie (the server rotates it at login) as the console does, else a fetched token */
    public String csrfToken() {
        String cookie = cookie("XSRF-TOKEN");
        if (cookie != null) {
            return cookie;
        }
        if (csrfToken == null) {
            csrfToken = get("/api/v1/auth/csrf").json().get("token").asString();
        }
        return csrfToken;
    }

    /** a GET as a browser sends it, asking for HTML */
    public Response page(String path) {
        return send("GET", path, null, "text/html,application/xhtml+xml,*/*;q=0.8");
    }

    public Response send(String method, String path, Object body) {
        return send(method, path, body, "application/json, application/problem+json");
    }

    private Response send(String method, String path, Object body, String accept) {
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept", accept);
            extraHeaders.forEach(b::header);
            if (!method.equals("GET") && sendCsrf) {
                b.header("X-XSRF-TOKEN", csrfToken());
            }
            if (body instanceof String raw) {
                b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(raw));
            } else if (body != null) {
                b.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            } else {
                b.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** a multipart upload of one file as the form field {@code file}, as a browser sends it */
    public Response upload(String path, String fileName, byte[] content) {
        String boundary = "----gongkai" + System.nanoTime();
        var body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                    .header("Accept", "application/json, application/problem+json")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
            extraHeaders.forEach(b::header);
            if (sendCsrf) {
                b.header("X-XSRF-TOKEN", csrfToken());
            }
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(),
                    r.headers());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** a GET whose answer is a file: its status, content type and bytes */
    public HttpResponse<byte[]> download(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120)).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        public Response(int status, String contentType, String body) {
            this(status, contentType, body, java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true));
        }

        /** every value of a response header, e.g. all Set-Cookie lines */
        public java.util.List<String> header(String name) {
            return headers.allValues(name);
        }

        public JsonNode json() {
            return JSON.readTree(body);
        }

        /** the Chinese {@code detail} of a problem+json answer */
        public String detail() {
            return json().path("detail").asString();
        }

        public boolean isProblem() {
            return contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
