package cn.gongkai.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.gongkai.support.FullStackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The app's files as a browser gets them: hashed assets cached for a year and immutable, index.html revalidated
 * on every load (never no-store), scripts gzip-compressed, a missing asset a 404 rather than the app.
 */
@FullStackTest
class StaticAssetsIT {

    @LocalServerPort
    int port;

    HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", "gzip").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void hashedAssetsAreImmutableTheIndexIsRevalidatedAndScriptsAreCompressed() throws Exception {
        HttpResponse<byte[]> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        String cache = index.headers().firstValue("Cache-Control").orElse("");
        assertThat(cache).contains("no-cache").doesNotContain("no-store");
        assertThat(get("/search").headers().firstValue("Cache-Control").orElse("")).contains("no-cache");

        boolean gzipped = index.headers().firstValue("Content-Encoding").filter("gzip"::equals).isPresent();
        byte[] body = gzipped ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(index.body()))
                .readAllBytes() : index.body();
        String html = new String(body, java.nio.charset.StandardCharsets.UTF_8);
        Matcher script = Pattern.compile("/assets/index-[\\w-]+\\.js").matcher(html);
        assertThat(script.find()).as(html).isTrue();
        HttpResponse<byte[]> asset = get(script.group());
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control").orElse(""))
                .contains("max-age=31536000").contains("immutable").contains("public");
        assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");

        assertThat(get("/assets/nothing-here.js").statusCode()).isEqualTo(404);
    }
}
