package cn.gongkai.common;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Spring Security's firewall refuses paths such as {@code ..;/}, {@code //}, {@code ;jsessionid=}, encoded dots,
 * percents and control characters, and header or parameter values that are not printable. Its default answer is a
 * bare 400 that Boot renders as its own JSON; this one is a problem with a Chinese detail. The security
 * configuration picks this bean up by type.
 */
@Component
class FirewallRejections implements RequestRejectedHandler {

    private final JsonMapper json;

    FirewallRejections(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        BadRequestLog.refused(request.getMethod(), request.getRequestURI(), "firewall: " + e.getMessage());
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        Problems.write(response, Problems.of(400, "rejected-request",
                "请求被拒绝：地址或请求头中含有不允许的字符或路径（如 ..;、//、;jsessionid、编码的斜杠或控制字符）",
                request.getRequestURI()), json);
    }
}
