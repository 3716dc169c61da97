package cn.gongkai.search;

import java.util.List;

import cn.gongkai.common.ApiException;
import cn.gongkai.item.ItemKind;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** docs/API.md "Public": {@code /api/v1/public/open-data/{kind}.csv|.json}, plus the list of data sets for the portal. */
@RestController
class OpenDataController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/api/v1/public/open-data")
    List<OpenData.DataSet> dataSets() {
        return openData.dataSets();
    }

    @GetMapping("/api/v1/public/open-data/{kind}.csv")
    ResponseEntity<StreamingResponseBody> csv(@PathVariable String kind) {
        ItemKind k = kind(kind);
        return download(k, "csv", CSV, out -> openData.writeCsv(k, out));
    }

    @GetMapping("/api/v1/public/open-data/{kind}.json")
    ResponseEntity<StreamingResponseBody> json(@PathVariable String kind) {
        ItemKind k = kind(kind);
        return download(k, "json", MediaType.APPLICATION_JSON, out -> openData.writeJson(k, out));
    }

    private static ResponseEntity<StreamingResponseBody> download(ItemKind kind, String extension, MediaType type,
            StreamingResponseBody body) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("gongkai-" + kind.path() + "." + extension).build().toString())
                .body(body);
    }

    private static ItemKind kind(String path) {
        return ItemKind.fromPath(path).orElseThrow(() -> ApiException.notFound("没有这个开放数据集：" + path));
    }
}
