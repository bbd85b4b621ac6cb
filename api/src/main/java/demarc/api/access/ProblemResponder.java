package demarc.api.access;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.json.JsonMapper;

/**
 * The refusals as RFC 9457 problem details, shaped like the API's other errors ({@code demarc.api.problem}):
 * 401 without a key or with one that is not known or revoked (with {@code WWW-Authenticate: Bearer}), 403 with
 * a key whose role may not make the request. Both name the roles that may, in the member {@code roles}.
 */
final class ProblemResponder implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponder(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException reason) throws IOException {
        AccessPolicy.Rule rule = ruleFor(request);
        boolean unknownKey = Caller.of(request, Caller.ANONYMOUS).equals(Caller.UNKNOWN_KEY);
        String detail = unknownKey
                ? "the API key is not known or has been revoked"
                : "this request needs an API key with the role " + roles(rule) + ", sent as 'Authorization: Bearer "
                        + "<key>' (demarc keys create makes one)";
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"demarc\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Unauthorized", detail, Map.of("roles", wire(rule)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException reason) throws IOException {
        AccessPolicy.Rule rule = ruleFor(request);
        Caller caller = Caller.of(request, Caller.ANONYMOUS);
        String role = caller.role() == null ? "none" : caller.role().wire();
        String detail = "the key '" + caller.who() + "' has the role " + role + "; " + request.getMethod() + " "
                + path(request) + " needs the role " + roles(rule);
        write(request, response, HttpStatus.FORBIDDEN, "Forbidden", detail,
                Map.of("role", role, "roles", wire(rule)));
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String title,
                       String detail, Map<String, Object> members) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", path(request));
        body.putAll(members);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    private static AccessPolicy.Rule ruleFor(HttpServletRequest request) {
        return AccessPolicy.ruleFor(request.getMethod(), path(request));
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static String roles(AccessPolicy.Rule rule) {
        List<String> words = wire(rule);
        return words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static List<String> wire(AccessPolicy.Rule rule) {
        return rule.roles().stream().map(Role::wire).toList();
    }
}
