package cn.gongkai.common;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page ({@code /error}), in place of Boot's: what the container or a filter refused
 * ({@code /WEB-INF/…} is a 404, an exception thrown by a filter before any controller) leaves as problem+json. A
 * malformed request that surfaced as an exception there (bad percent-encoding in a form body read by the CSRF
 * filter, or by the form filter of PUT, PATCH and DELETE) is a 400, logged as {@link BadRequestLog} does. Asked for directly, {@code /error} is a 400 itself.
 */
@RestController
class ErrorProblems implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorProblems.class);

    @RequestMapping("${server.error.path:/error}")
    ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (request.getDispatcherType() != DispatcherType.ERROR || !(code instanceof Integer status)) {
            BadRequestLog.refused(request.getMethod(), request.getRequestURI(), "asked for the error page itself");
            return answer(Problems.of(400, "invalid-request", "请求的地址不正确：错误页面不能直接访问",
                    request.getRequestURI()));
        }
        String uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String u ? u
                : request.getRequestURI();
        Throwable ex = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        Throwable bad = malformed(ex);
        if (bad != null) {
            BadRequestLog.refused(request.getMethod(), uri, bad.getClass().getSimpleName() + ": " + bad.getMessage());
            int badStatus = bad instanceof InvalidParameterException ipe && ipe.getErrorCode() == 413 ? 413 : 400;
            return answer(Problems.of(badStatus, "invalid-request", badStatus == 413 ? Problems.detail(413)
                    : "请求参数的编码不正确：须为 UTF-8 的百分号编码（%XX）", uri));
        }
        if (ex != null && status >= 500) {
            log.error("Unexpected error on {} before any controller", uri, ex);
        }
        int shown = status >= 400 && status <= 599 ? status : 500;
        return answer(Problems.of(shown, shown == 404 ? "not-found" : "error", Problems.detail(shown), uri));
    }

    /** the refusal of a malformed request somewhere in the cause chain, or null */
    static Throwable malformed(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InvalidParameterException || t instanceof RequestRejectedException
                    || t instanceof HttpMessageNotReadableException) {
                return t;
            }
        }
        return null;
    }

    private static ResponseEntity<ProblemDetail> answer(ProblemDetail pd) {
        return ResponseEntity.status(pd.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(pd);
    }
}
