package cn.gongkai.common;

import java.util.List;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

/**
 * Every error leaves as problem+json with a Chinese {@code detail} and the request path as {@code instance}.
 * Bad input is a 4xx; only a real fault of ours is a 500 (and is logged).
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

    /** Set on the request so the audit log can tell why a write failed. */
    public static final String PROBLEM_ATTRIBUTE = ProblemHandler.class.getName() + ".problem";

    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<ApiException.FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new ApiException.FieldError(e.getField(), e.getDefaultMessage()))
                .toList();
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "提交的数据有 " + Math.max(1, ex.getErrorCount()) + " 处错误：" + summary(errors));
        body.setType(ApiException.type("validation"));
        body.setTitle("数据校验失败");
        body.setProperty("errors", errors);
        return handleExceptionInternal(ex, body, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String summary(List<ApiException.FieldError> errors) {
        return String.join("；", errors.stream().limit(5).map(e -> e.field() + " " + e.message()).toList());
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "请求体不是有效的 JSON 或字段类型不正确";
        List<ApiException.FieldError> errors = List.of();
        if (databindCause(ex) instanceof DatabindException de && !de.getPath().isEmpty()) {
            String field = de.getPath().stream()
                    .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse("");
            String message = de instanceof UnicodeJson.LoneSurrogate ? "含有无效的 Unicode 字符（不成对的代理项）"
                    : "值无效或类型不正确";
            detail = "字段 " + field + " 的值无效" + (de instanceof UnicodeJson.LoneSurrogate ? "：" + message : "");
            errors = List.of(new ApiException.FieldError(field, message));
        }
        ApiException problem = ApiException.badRequest(detail);
        if (!errors.isEmpty()) {
            problem.withErrors(errors);
        }
        return handleErrorResponseException(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** the outermost Jackson error: it knows the field path (a bad date nests a DateTimeParseException under it) */
    private static Throwable databindCause(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof DatabindException) {
                return t;
            }
        }
        return null;
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String name = ex.getPropertyName() != null ? ex.getPropertyName() : "参数";
        ApiException problem = ApiException.invalidField(name, "参数 " + name + " 的值“" + ex.getValue() + "”格式不正确");
        return handleErrorResponseException(problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    /** a query string or form body that is not UTF-8 percent-encoding (Tomcat decodes parameters lazily) */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> badParameters(InvalidParameterException ex, WebRequest request) {
        refused(request, ex);
        if (ex.getErrorCode() == 413) {
            return handleErrorResponseException(new ApiException(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                    "请求过大", "请求参数过多或过大"), new HttpHeaders(), HttpStatus.CONTENT_TOO_LARGE, request);
        }
        return handleErrorResponseException(ApiException.badRequest("请求参数的编码不正确：须为 UTF-8 的百分号编码（%XX）"),
                new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** as the base class, but logged as {@link BadRequestLog} does instead of a WARN each */
    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        refused(request, ex);
        return handleExceptionInternal(ex, null, headers, status, request);
    }

    /** a multipart request that cannot be parsed (no boundary, cut short); too large is a 413 of the base class */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> badMultipart(MultipartException ex, WebRequest request) {
        refused(request, ex);
        return handleErrorResponseException(ApiException.badRequest("上传的内容不是有效的 multipart/form-data 格式"),
                new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    /** the firewall checks header and parameter values when they are read, which can be inside a controller */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex, WebRequest request) {
        refused(request, ex);
        return handleErrorResponseException(new ApiException(HttpStatus.BAD_REQUEST, "rejected-request", "请求被拒绝",
                "请求被拒绝：请求头或参数中含有不允许的字符"), new HttpHeaders(), HttpStatus.BAD_REQUEST, request);
    }

    private static void refused(WebRequest request, Exception ex) {
        if (request instanceof ServletWebRequest swr) {
            BadRequestLog.refused(swr.getRequest().getMethod(), swr.getRequest().getRequestURI(),
                    ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        return handleErrorResponseException(ApiException.conflict("duplicate", "数据重复：已存在相同编码或名称的记录"),
                new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ResponseEntity<Object> integrity(DataIntegrityViolationException ex, WebRequest request) {
        log.info("Integrity violation: {}", ex.getMostSpecificCause().getMessage());
        return handleErrorResponseException(ApiException.conflict("integrity", "数据仍被其他记录引用或违反约束，操作未执行"),
                new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> denied(AccessDeniedException ex, WebRequest request) {
        return handleErrorResponseException(ApiException.forbidden("没有执行此操作的权限"), new HttpHeaders(),
                HttpStatus.FORBIDDEN, request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail body = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, Problems.detail(500));
        body.setTitle("服务器内部错误");
        return handleExceptionInternal(ex, body, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse er) {
            body = er.updateAndGetBody(getMessageSource(), Locale.SIMPLIFIED_CHINESE);
        }
        if (body instanceof ProblemDetail pd) {
            localize(pd, ex, statusCode);
            if (request instanceof ServletWebRequest swr) {
                pd.setInstance(Problems.instance(swr.getRequest().getRequestURI()));
            }
            if (request instanceof NativeWebRequest nwr) {
                nwr.setAttribute(PROBLEM_ATTRIBUTE, pd, WebRequest.SCOPE_REQUEST);
            }
        }
        HttpHeaders answer = HttpHeaders.copyOf(headers);
        if (body instanceof ProblemDetail) {
            // preset, so that an Accept header or a handler's "produces" (a file download) cannot leave it empty
            answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.handleExceptionInternal(ex, body, answer, statusCode, request);
    }

    /** Spring's own 4xx problems carry English text; ours are already Chinese. */
    private static void localize(ProblemDetail pd, Exception ex, HttpStatusCode status) {
        if (ex instanceof ApiException || ex instanceof MethodArgumentNotValidException) {
            return;
        }
        String generic = Problems.GENERIC_DETAIL.get(status.value());
        if (generic != null) {
            pd.setDetail(generic);
            pd.setTitle(generic.split("，")[0]);
        }
    }
}
