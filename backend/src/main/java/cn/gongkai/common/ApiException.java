package cn.gongkai.common;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A domain refusal rendered as RFC 9457 problem+json with a Chinese {@code detail}. The {@code type} is a stable
 * relative URI ({@code /problems/<slug>}) clients can switch on.
 */
public class ApiException extends ErrorResponseException {

    public ApiException(HttpStatusCode status, String slug, String title, String detail) {
        super(status, problem(status, slug, title, detail), null);
    }

    private static ProblemDetail problem(HttpStatusCode status, String slug, String title, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setType(type(slug));
        pd.setTitle(title);
        return pd;
    }

    public static URI type(String slug) {
        return URI.create("/problems/" + slug);
    }

    public ApiException withErrors(List<FieldError> errors) {
        getBody().setProperty("errors", errors);
        return this;
    }

    /** One entry of {@code errors[]}. */
    public record FieldError(String field, String message) {
    }

    public static ApiException badRequest(String detail) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid-request", "请求无效", detail);
    }

    public static ApiException invalidField(String field, String message) {
        return badRequest(message).withErrors(List.of(new FieldError(field, message)));
    }

    public static ApiException notFound(String detail) {
        return new ApiException(HttpStatus.NOT_FOUND, "not-found", "未找到", detail);
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, "forbidden", "没有权限", detail);
    }

    public static ApiException conflict(String slug, String detail) {
        return new ApiException(HttpStatus.CONFLICT, slug, "操作冲突", detail);
    }
}
