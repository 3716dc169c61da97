package cn.gongkai.itemexcel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gongkai.common.ApiException;
import cn.gongkai.itemexcel.ImportJob.ImportError;
import cn.gongkai.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/imports/{jobId}} and its {@code errors.xlsx}, answered by any instance from the database. A
 * job is visible to the user who started it only.
 */
@RestController
@RequestMapping("/api/v1/imports")
class ImportJobController {

    private final ImportJobs jobs;
    private final ItemColumns columns;

    ImportJobController(ImportJobs jobs, ItemColumns columns) {
        this.jobs = jobs;
        this.columns = columns;
    }

    @GetMapping("/{jobId}")
    ImportJob get(@PathVariable String jobId, @AuthenticationPrincipal CurrentUser user) {
        return load(jobId, user);
    }

    /** the uploaded rows, each with its errors in a last column 错误信息 */
    @GetMapping("/{jobId}/errors.xlsx")
    void errors(@PathVariable String jobId, @AuthenticationPrincipal CurrentUser user, HttpServletResponse response)
            throws IOException {
        ImportJob job = load(jobId, user);
        if (job.status() == ImportJob.Status.RUNNING) {
            throw ApiException.conflict("import-running", "导入仍在进行中，完成后才有错误报告");
        }
        if (job.status() == ImportJob.Status.SUCCEEDED) {
            throw ApiException.notFound("该导入已成功，没有错误报告");
        }
        Path file = Files.createTempFile("gongkai-errors-", ".xlsx");
        try {
            boolean kept;
            try (OutputStream out = Files.newOutputStream(file)) {
                kept = jobs.copyFile(jobId, out);
            }
            if (!kept) {
                throw ApiException.notFound("该导入的上传文件已不再保留，无法生成错误报告");
            }
            Map<Integer, List<String>> byRow = new HashMap<>();
            for (ImportError e : job.errors()) {
                if (e.row() != null) {
                    byRow.computeIfAbsent(e.row(), r -> new ArrayList<>())
                            .add(e.column() == null ? e.message() : e.column() + "：" + e.message());
                }
            }
            List<Column> model = columns.of(job.kind());
            UploadedSheet sheet = UploadedSheet.open(file.toFile(), model);
            ItemExcelController.attachment(response, job.kind().displayName() + "导入错误报告.xlsx");
            try (OutputStream out = response.getOutputStream();
                    ItemSheets sheets = new ItemSheets(out, job.kind(), model, true)) {
                sheet.forEachRow(line -> {
                    try {
                        List<String> errors = byRow.get(line.row());
                        sheets.row(line.cells(), errors == null ? null : String.join("；\n", errors));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private ImportJob load(String jobId, CurrentUser user) {
        return jobs.find(jobId).filter(j -> j.createdBy().equals(user.username()))
                .orElseThrow(() -> ApiException.notFound("导入任务不存在"));
    }
}
