package demarc.api.access;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who made a request, as the audit records it: a key's name and role, {@code local} while the API is open (no
 * key was ever created), {@code anonymous} without a key once keys are required, {@code unknown-key} with a key
 * that is not known or was revoked. Never the key itself.
 */
public record Caller(String who, Role role) {

    /** The request attribute {@link ApiKeyFilter} leaves for the audit and the refusals. */
    public static final String ATTRIBUTE = Caller.class.getName();

    public static final Caller LOCAL = new Caller("local", null);
    public static final Caller ANONYMOUS = new Caller("anonymous", null);
    public static final Caller UNKNOWN_KEY = new Caller("unknown-key", null);

    /** The caller {@link ApiKeyFilter} found for {@code request}, or {@code otherwise} if it did not run. */
    public static Caller of(HttpServletRequest request, Caller otherwise) {
        return request.getAttribute(ATTRIBUTE) instanceof Caller caller ? caller : otherwise;
    }
}
