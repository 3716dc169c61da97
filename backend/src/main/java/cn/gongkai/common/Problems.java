package cn.gongkai.common;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem+json for the layers below Spring MVC (Tomcat's error report, the security firewall, the {@code /error}
 * dispatch): the same Chinese texts as {@link ProblemHandler}.
 */
public final class Problems {

    static final Map<Integer, String> GENERIC_DETAIL = Map.ofEntries(
            Map.entry(400, "请求格式不正确，请检查提交的数据"),
            Map.entry(401, "未登录或会话已过期，请重新登录"),
            Map.entry(403, "没有执行此操作的权限"),
            Map.entry(404, "请求的资源不存在"),
            Map.entry(405, "不支持该请求方法"),
            Map.entry(406, "无法提供所请求的响应格式"),
            Map.entry(408, "请求超时，请重试"),
            Map.entry(411, "请求缺少内容长度"),
            Map.entry(413, "上传的内容过大"),
            Map.entry(414, "请求的地址过长"),
            Map.entry(415, "不支持的请求内容类型"),
            Map.entry(417, "不支持该 Expect 请求头"),
            Map.entry(431, "请求头过大"),
            Map.entry(500, "服务器内部错误，请稍后重试"),
            Map.entry(501, "不支持该请求方法"),
            Map.entry(503, "服务暂时不可用，请稍后重试"),
            Map.entry(505, "不支持该 HTTP 版本"));

    private Problems() {
    }

    /** the generic Chinese text of a status ("请求格式不正确…" for any 4xx without its own) */
    public static String detail(int status) {
        String d = GENERIC_DETAIL.get(status);
        return d != null ? d : GENERIC_DETAIL.get(status >= 500 ? 500 : 400);
    }

    public static ProblemDetail of(int status, String slug, String detail, String rawUri) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        pd.setType(ApiException.type(slug));
        pd.setTitle(title(detail));
        URI instance = instance(rawUri);
        if (instance != null) {
            pd.setInstance(instance);
        }
        return pd;
    }

    /** the first clause of a generic detail: "请求格式不正确" */
    static String title(String detail) {
        return detail.split("[，：]")[0];
    }

    /**
     * The request path as a URI for {@code instance}. The raw request URI is normally one already; anything a URI
     * cannot hold (a control or non-ASCII character the firewall is about to refuse) is percent-encoded as UTF-8.
     */
    public static URI instance(String rawUri) {
        if (rawUri == null || rawUri.isEmpty()) {
            return null;
        }
        String path = rawUri.length() > 500 ? rawUri.substring(0, 500) : rawUri;
        StringBuilder b = new StringBuilder(path.length());
        for (byte x : path.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if (c > 0x20 && c < 0x7f && "\"<>\\^`{|}%#?[]".indexOf(c) < 0) {
                b.append((char) c);
            } else if (c == '%' ) {
                b.append('%');
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        try {
            return URI.create(b.toString());
        } catch (IllegalArgumentException e) {
            return URI.create(b.toString().replace("%", "%25"));
        }
    }

    /** writes the problem as the whole response (nothing may have been written yet) */
    public static void write(HttpServletResponse response, ProblemDetail pd, JsonMapper json) throws IOException {
        response.setStatus(pd.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(pd));
    }
}
