package cn.gongkai.common;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error report, as problem+json instead of its HTML page. It answers what Tomcat refuses before the
 * application sees the request: a path with {@code %2f}, {@code %5c}, {@code %00} or bytes that are not UTF-8, an
 * invalid request line, headers too large; and anything the {@code /error} page could not render.
 */
final class ProblemErrorReportValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorReportValve.class);

    private final JsonMapper json;

    ProblemErrorReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        if (status == 501) {
            // a method Tomcat does not implement (CONNECT): the client's error, as Spring answers other methods
            response.setStatus(405);
            status = 405;
        }
        String uri = request.getCoyoteRequest().requestURI().toString();
        if (throwable != null && status >= 500) {
            log.error("Unexpected error on {} outside the application's error handling", uri, throwable);
        } else if (status < 500) {
            BadRequestLog.refused(request.getCoyoteRequest().method().toString(), uri, status + " from Tomcat"
                    + (response.getMessage() == null ? "" : ": " + response.getMessage()));
        }
        String detail = status == 400 ? "请求的地址或格式不正确（含有编码的斜杠、反斜杠、空字符、无效的 UTF-8 或不允许的字符）"
                : Problems.detail(status);
        try {
            String body = json.writeValueAsString(Problems.of(status, status == 400 ? "invalid-request" : "error",
                    detail, uri));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            log.debug("Could not write the error report", e);
        }
    }
}
