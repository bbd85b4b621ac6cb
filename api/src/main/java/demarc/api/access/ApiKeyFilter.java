package demarc.api.access;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the key of {@code Authorization: Bearer <key>} and, if it is an active key, authenticates the request
 * with its role. A missing or unknown key leaves the request anonymous: {@link AccessPolicy} decides whether it
 * may pass, and {@link ProblemResponder} says why not. Who the caller is goes to the request for the audit.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final String BEARER = "bearer ";

    private final ApiKeyStore keys;

    ApiKeyFilter(ApiKeyStore keys) {
        this.keys = keys;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        Optional<ApiKey> key = presented == null ? Optional.empty() : keys.authenticate(presented);
        Caller caller;
        if (key.isPresent()) {
            caller = new Caller(key.get().name(), key.get().roleValue());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(new ApiKeyAuthentication(key.get()));
            SecurityContextHolder.setContext(context);
        } else if (!keys.required()) {
            caller = Caller.LOCAL;
        } else {
            caller = presented == null ? Caller.ANONYMOUS : Caller.UNKNOWN_KEY;
        }
        request.setAttribute(Caller.ATTRIBUTE, caller);
        chain.doFilter(request, response);
    }

    /** The bearer token, or null when the request carries none. */
    static String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String key = header.substring(BEARER.length()).strip();
        return key.isEmpty() ? null : key;
    }
}
