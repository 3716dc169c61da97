package cn.gongkai.itemexcel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gongkai.auditlog.AuditAction;
import cn.gongkai.auditlog.AuditTrail;
import cn.gongkai.auditlog.Audited;
import cn.gongkai.common.ApiException;
import cn.gongkai.common.Clocks;
import cn.gongkai.item.ItemApi;
import cn.gongkai.item.ItemKind;
import cn.gongkai.item.ItemStatus;
import cn.gongkai.item.PublicState;
import cn.gongkai.security.CurrentUser;
import cn.gongkai.security.DataScopes;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * docs/API.md "Excel import / export" for the four lists: the template, the upload that starts an import job, and the
 * export of a filtered list (streamed, in the template's shape, so it re-imports unchanged).
 */
@RestController
@RequestMapping("/api/v1/{kind:power-items|service-items|catalogue-items|negative-items}")
class ItemExcelController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ItemColumns columns;
    private final ItemCells cells;
    private final ItemImporter importer;
    private final ItemApi items;
    private final DataScopes scopes;
    private final AuditTrail audit;
    private final java.time.Clock clock;

    ItemExcelController(ItemColumns columns, ItemCells cells, ItemImporter importer, ItemApi items, DataScopes scopes,
            AuditTrail audit, java.time.Clock clock) {
        this.columns = columns;
        this.cells = cells;
        this.importer = importer;
        this.items = items;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/import-template")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        ItemKind k = kind(kind);
        List<Column> model = columns.of(k);
        attachment(response, k.displayName() + "导入模板.xlsx");
        try (OutputStream out = response.getOutputStream(); ItemSheets sheets = new ItemSheets(out, k, model, false)) {
            sheets.row(model.stream().map(Column::example).toList(), null);
        }
    }

    @PostMapping("/import")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Audited(AuditAction.ITEM_IMPORT)
    Map<String, String> upload(@PathVariable String kind, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) MultipartFile file, @AuthenticationPrincipal CurrentUser user)
            throws IOException {
        ItemKind k = kind(kind);
        if (orgId == null) {
            throw ApiException.invalidField("orgId", "请选择导入到哪个机构（orgId）");
        }
        if (!scopes.writable(user).covers(orgId)) {
            throw ApiException.forbidden("您不是该机构的编辑人员，不能向其导入事项");
        }
        if (file == null || file.isEmpty()) {
            throw ApiException.invalidField("file", "请选择要上传的 .xlsx 文件");
        }
        String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw UploadedSheet.unsupported("只能上传 .xlsx 格式的 Excel 文件（“" + name + "”不是）");
        }
        Path upload = Files.createTempFile("gongkai-import-", ".xlsx");
        try {
            file.transferTo(upload);
            String id = importer.start(k, orgId, name, upload, user);
            audit.target("IMPORT_JOB", id);
            audit.note("kind", k.name());
            audit.note("orgId", orgId);
            audit.note("fileName", name);
            return Map.of("jobId", id);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(upload);
            throw e;
        }
    }

    @GetMapping("/export")
    void export(@PathVariable String kind, @RequestParam(required = false) Long orgId,
            @RequestParam(required = false) ItemStatus status,
            @RequestParam(required = false) PublicState publicState, @RequestParam(required = false) String q,
            @RequestParam(required = false) String category, @RequestParam(required = false) String domainCode,
            @RequestParam(required = false) String part, @AuthenticationPrincipal CurrentUser user,
            HttpServletResponse response) throws IOException {
        ItemKind k = kind(kind);
        List<Column> model = columns.of(k);
        var filter = new ItemApi.ListFilter(orgId, status, publicState, blankToNull(q), blankToNull(category),
                blankToNull(domainCode), blankToNull(part));
        String day = LocalDate.now(clock.withZone(Clocks.ZONE)).format(DateTimeFormatter.BASIC_ISO_DATE);
        attachment(response, k.displayName() + "-" + day + ".xlsx");
        Map<Long, String> orgCodes = new HashMap<>();
        try (OutputStream out = response.getOutputStream(); ItemSheets sheets = new ItemSheets(out, k, model, false)) {
            items.forEachItem(k, filter, user, item -> {
                try {
                    sheets.row(cells.cells(item, model, orgCodes), null);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    static void attachment(HttpServletResponse response, String fileName) {
        response.setContentType(XLSX);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
    }

    private static ItemKind kind(String path) {
        return ItemKind.fromPath(path).orElseThrow(() -> ApiException.notFound("请求的资源不存在"));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
