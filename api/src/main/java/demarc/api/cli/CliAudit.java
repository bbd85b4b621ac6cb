package demarc.api.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import demarc.api.audit.AuditEntry;
import demarc.api.audit.AuditLog;
import demarc.api.audit.SourceDigest;

/** What the command line writes to the audit: its imports, key changes and audit exports, as {@code local}. */
final class CliAudit {

    private CliAudit() {
    }

    static void record(Path store, String command, Map<String, List<String>> options, int exitCode,
                       SourceDigest source, Map<String, Integer> counts, long began) {
        AuditLog.in(store).append(new AuditEntry(Instant.now(), "local", null, "cli",
                "cli:" + System.getProperty("user.name"), "CLI", command, options, exitCode,
                source == null ? null : source.sha256(), source == null ? null : source.bytes(), counts,
                (System.nanoTime() - began) / 1_000_000));
    }
}
