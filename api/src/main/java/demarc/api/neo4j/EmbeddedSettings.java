package demarc.api.neo4j;

import java.nio.file.Path;

/**
 * How to run the embedded Neo4j.
 *
 * @param home           the DBMS home ({@code demarc.db}): store, transaction logs, Neo4j's own logs
 * @param boltPort       the Bolt port on 127.0.0.1 ({@code demarc.bolt.port}); 0 picks a free one
 * @param pageCacheBytes the page cache ({@code demarc.embedded.page-cache}); about 1.2 times the store is enough
 * @param txLogRetention how many transaction logs to keep ({@code demarc.embedded.tx-log-retention}), in
 *                       Neo4j's {@code db.tx_log.rotation.retention_policy} syntax, e.g. {@code 128M size}
 */
public record EmbeddedSettings(Path home, int boltPort, long pageCacheBytes, String txLogRetention) {
}
