package demarc.api.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One line of the audit.
 *
 * @param at         when the request ended
 * @param who        the key's name, {@code local} (the API is open, or the command line), {@code anonymous}
 *                   (no key where one is needed) or {@code unknown-key}; never a key
 * @param role       the key's role; null for the others
 * @param channel    {@code rest} or {@code cli}
 * @param client     the remote address, or {@code cli:<operating-system user>}
 * @param method     the HTTP method, or {@code CLI}
 * @param path       the request path, or the command ({@code import}, {@code keys create}, ...)
 * @param query      the query parameters, or the command's options and paths; parameters named like a secret
 *                   are redacted
 * @param status     the HTTP status, or the command's exit code
 * @param sourceHash the SHA-256 of the request body, or of the imported file (of the {@code sha256sum} listing of
 *                   the files, for several); null without a body
 * @param bytes      the size of that body or those files
 * @param counts     what the answer held: an import's counts per kind, the number of rows of a list, the size of
 *                   each list of a record, the number of errors of a rejected import
 * @param millis     how long it took
 */
public record AuditEntry(Instant at, String who, String role, String channel, String client, String method,
                         String path, Map<String, List<String>> query, int status, String sourceHash, Long bytes,
                         Map<String, Integer> counts, long millis) {
}
