package cn.gongkai.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one request per connection, bytes exactly as given: the request target is neither
 * normalised nor re-encoded (java.net.http refuses or rewrites {@code %zz}, {@code //} and raw bytes), so tests can
 * send what an attacker sends.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** {@code target} is sent as ISO-8859-1 bytes (so {@code "\u00ff"} is the byte 0xFF); headers likewise */
    public Response send(String method, String target, Map<String, String> headers, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes((method + " " + target + " HTTP/1.1\r\n").getBytes(StandardCharsets.ISO_8859_1));
        Map<String, String> all = new LinkedHashMap<>();
        all.put("Host", "127.0.0.1:" + port);
        all.put("Accept", "application/json, application/problem+json");
        all.put("Connection", "close");
        all.putAll(headers);
        if (body != null) {
            all.put("Content-Length", String.valueOf(body.length));
        }
        all.forEach((k, v) -> {
            if (v != null) {
                out.writeBytes((k + ": " + v + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
        });
        out.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.writeBytes(body);
        }
        return exchange(out.toByteArray());
    }

    public Response get(String target) {
        return send("GET", target, Map.of(), null);
    }

    /** sends the bytes as they are and reads the answer until the server closes the connection */
    public Response exchange(byte[] request) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            s.setSoTimeout(60_000);
            s.getOutputStream().write(request);
            s.getOutputStream().flush();
            return parse(readAll(s.getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        try {
            for (int n; (n = in.read(chunk)) >= 0; ) {
                buf.write(chunk, 0, n);
            }
        } catch (java.net.SocketException e) {
            // a reset after the answer was sent (the server closed a connection with unread request bytes)
            if (buf.size() == 0) {
                throw e;
            }
        }
        return buf.toByteArray();
    }

    private static Response parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        // an interim answer (100 Continue) comes before the real one
        while (text.startsWith("HTTP/1.1 1") && text.indexOf("\r\n\r\n") > 0) {
            int skip = text.indexOf("\r\n\r\n") + 4;
            raw = java.util.Arrays.copyOfRange(raw, skip, raw.length);
            text = text.substring(skip);
        }
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return new Response(0, Map.of(), "", text);
        }
        String[] lines = text.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(status, headers, new String(body, StandardCharsets.UTF_8), text.substring(0, end));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pos = 0;
        while (pos < body.length) {
            int lineEnd = indexOf(body, pos);
            if (lineEnd < 0) {
                break;
            }
            String sizeText = new String(body, pos, lineEnd - pos, StandardCharsets.ISO_8859_1).split(";")[0].trim();
            int size = sizeText.isEmpty() ? 0 : Integer.parseInt(sizeText, 16);
            if (size == 0) {
                break;
            }
            int start = lineEnd + 2;
            out.write(body, start, Math.min(size, body.length - start));
            pos = start + size + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] b, int from) {
        for (int i = from; i + 1 < b.length; i++) {
            if (b[i] == '\r' && b[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** status 0 = no HTTP answer at all (the connection closed before a status line) */
    public record Response(int status, Map<String, String> headers, String body, String head) {

        public String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        public boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        public String detail() {
            return isProblem() ? cn.gongkai.support.RawHttp.JSON.readTree(body).path("detail").asString() : "";
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
}
