package demarc.queries.cypher;

import org.neo4j.driver.AccessMode;
import org.neo4j.driver.SessionConfig;

/** Session settings for read-only work. */
public final class ReadSessions {

    private ReadSessions() {
    }

    /** A read session on {@code database}, or on the server's default database when it is {@code null}. */
    public static SessionConfig config(String database) {
        SessionConfig.Builder builder = SessionConfig.builder().withDefaultAccessMode(AccessMode.READ);
        if (database != null) {
            builder.withDatabase(database);
        }
        return builder.build();
    }
}
