package demarc.api.audit;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import demarc.api.access.ApiKeyStore;
import demarc.api.access.Caller;

/**
 * Records every request under {@code /api} once it is answered: who (from {@code demarc.api.access}), what,
 * the source hash of its body, its status and what the answer held ({@link AuditResultAdvice}). It runs around
 * the access control, so that refusals are recorded too.
 */
final class AuditFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditFilter.class);

    private final AuditLog audit;
    private final ApiKeyStore keys;

    AuditFilter(AuditLog audit, ApiKeyStore keys) {
        this.audit = audit;
        this.keys = keys;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long began = System.nanoTime();
        DigestingRequest digesting = new DigestingRequest(request);
        boolean failed = true;
        try {
            chain.doFilter(digesting, response);
            failed = false;
        } finally {
            record(request, response, digesting, failed, (System.nanoTime() - began) / 1_000_000);
        }
    }

    @SuppressWarnings("unchecked")
    private void record(HttpServletRequest request, HttpServletResponse response, DigestingRequest body,
                        boolean failed, long millis) {
        try {
            Caller caller = Caller.of(request, keys.required() ? Caller.ANONYMOUS : Caller.LOCAL);
            String hash = body.sha256();
            Long bytes = body.bytes() == 0 ? null : body.bytes();
            if (hash == null && isMultipart(request)) {
                Object[] parts = partsDigest(request);
                hash = (String) parts[0];
                bytes = (Long) parts[1];
            }
            audit.append(new AuditEntry(Instant.now(), caller.who(), caller.role() == null ? null : caller.role().wire(),
                    "rest", request.getRemoteAddr(), request.getMethod(),
                    request.getRequestURI().substring(request.getContextPath().length()),
                    QueryParameters.parse(request.getQueryString()), failed ? 500 : response.getStatus(), hash, bytes,
                    (Map<String, Integer>) request.getAttribute(AuditResultAdvice.COUNTS), millis));
        } catch (RuntimeException e) {
            log.error("the audit entry of {} {} could not be written: {}", request.getMethod(),
                    request.getRequestURI(), e.getMessage());
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    /** The SHA-256 of the multipart parts' contents in order, and their size; the container read them itself. */
    private static Object[] partsDigest(HttpServletRequest request) {
        try {
            MessageDigest digest = SourceDigest.newDigest();
            long bytes = 0;
            for (Part part : request.getParts()) {
                try (InputStream in = new DigestInputStream(part.getInputStream(), digest)) {
                    bytes += in.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return bytes == 0 ? new Object[] {null, null}
                    : new Object[] {HexFormat.of().formatHex(digest.digest()), bytes};
        } catch (IOException | ServletException | IllegalStateException unreadable) {
            return new Object[] {null, null};
        }
    }
}
