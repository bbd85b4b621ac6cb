package demarc.api.access;

import java.time.Instant;

/**
 * One API key as the key file holds it: its name, its role and the SHA-256 of the key, never the key itself.
 * A revoked key stays in the file with the time of its revocation, so that the audit's names keep a meaning.
 */
public record ApiKey(String name, String role, String sha256, Instant createdAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    public Role roleValue() {
        return Role.fromWire(role);
    }

    /** The key without its hash, as {@code demarc keys list} shows it. */
    public Listed listed() {
        return new Listed(name, role, createdAt, revokedAt, active() ? "active" : "revoked");
    }

    /** A row of {@code demarc keys list}. */
    public record Listed(String name, String role, Instant createdAt, Instant revokedAt, String status) {
    }
}
