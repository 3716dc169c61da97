package cn.gongkai.common;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two things every request must get right, checked before any other filter runs:
 * <ul>
 * <li>the query string is UTF-8 in percent-encoding: {@code %} followed by two hex digits, the bytes valid UTF-8 (no
 * overlong forms, no encoded surrogates); anything else is a 400 whether or not the endpoint reads its parameters
 * (Tomcat would fail only when one is read, deep in a controller);</li>
 * <li>a {@code Content-Type} is one concrete media type with a known charset ({@code *}{@code /*}, garbage or
 * {@code charset=foo} make Spring throw while it reads the body): anything else is a 415.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSyntaxCheck extends OncePerRequestFilter {

    private final JsonMapper json;

    RequestSyntaxCheck(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query != null && !wellFormed(query)) {
            BadRequestLog.refused(request.getMethod(), request.getRequestURI() + "?" + query,
                    "query string is not UTF-8 percent-encoding");
            Problems.write(response, Problems.of(400, "invalid-request",
                    "查询参数的编码不正确：须为 UTF-8 的百分号编码（%XX）", request.getRequestURI()), json);
            return;
        }
        String contentType = request.getContentType();
        if (contentType != null && !contentType.isBlank() && !concrete(contentType)) {
            BadRequestLog.refused(request.getMethod(), request.getRequestURI(), "415 bad Content-Type " + contentType);
            Problems.write(response, Problems.of(415, "unsupported-media-type",
                    "请求内容类型（Content-Type）无效：须为具体的类型，如 application/json", request.getRequestURI()), json);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean concrete(String contentType) {
        try {
            MediaType type = MediaType.parseMediaType(contentType);
            type.getCharset();
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean wellFormed(String query) {
        ByteBuffer bytes = ByteBuffer.allocate(query.length() * 3);
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '%') {
                int hi = i + 2 < query.length() ? Character.digit(query.charAt(i + 1), 16) : -1;
                int lo = hi < 0 ? -1 : Character.digit(query.charAt(i + 2), 16);
                if (lo < 0) {
                    return false;
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 2;
            } else if (c < 0x100) {
                bytes.put((byte) c);
            } else {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(bytes.flip());
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
