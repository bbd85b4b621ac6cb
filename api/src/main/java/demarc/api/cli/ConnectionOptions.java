package demarc.api.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import picocli.CommandLine.Option;

/**
 * Where the graph lives, common to every command. Only options given on the command line become properties,
 * so that {@code application.properties} and the {@code NEO4J_*} environment variables still apply otherwise.
 */
public class ConnectionOptions {

    @Option(names = "--db", paramLabel = "DIR",
            description = "Folder of the embedded Neo4j store (default: ./data, env DEMARC_DB; for demo: ./data/demo).")
    Path db;

    @Option(names = "--bolt-port", paramLabel = "PORT",
            description = "Port of the embedded Neo4j's Bolt connector on 127.0.0.1 (default: 7687, env "
                    + "DEMARC_BOLT_PORT; 0 picks a free one).")
    Integer boltPort;

    @Option(names = "--neo4j-uri", paramLabel = "URI",
            description = "Use this Neo4j server or cluster instead of the embedded one, e.g. neo4j+s://host "
                    + "(env NEO4J_URI).")
    String neo4jUri;

    @Option(names = "--neo4j-user", paramLabel = "USER", description = "User for --neo4j-uri (env NEO4J_USER).")
    String neo4jUser;

    @Option(names = "--neo4j-password", paramLabel = "PASSWORD", arity = "0..1", interactive = true,
            description = "Password for --neo4j-uri; without a value it is asked for (env NEO4J_PASSWORD).")
    char[] neo4jPassword;

    @Option(names = "--neo4j-database", paramLabel = "NAME",
            description = "Database on that server (default: the server's default; env NEO4J_DATABASE).")
    String neo4jDatabase;

    @Option(names = {"-q", "--quiet"}, description = "Print only the answer and errors: no progress notes.")
    boolean quiet;

    @Option(names = "--verbose", description = "Log at INFO and print stack traces of unexpected failures.")
    boolean verbose;

    /** The Spring properties these options stand for. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        if (db != null) {
            properties.put("demarc.db", db.toString());
        }
        if (boltPort != null) {
            properties.put("demarc.bolt.port", boltPort.toString());
        }
        if (neo4jUri != null) {
            properties.put("demarc.neo4j.uri", neo4jUri);
        }
        if (neo4jUser != null) {
            properties.put("demarc.neo4j.user", neo4jUser);
        }
        if (neo4jPassword != null) {
            properties.put("demarc.neo4j.password", new String(neo4jPassword));
        }
        if (neo4jDatabase != null) {
            properties.put("demarc.neo4j.database", neo4jDatabase);
        }
        return properties;
    }

    /**
     * The store folder of {@code --db}, else of {@code DEMARC_DB}, else {@code ./data}, as application.properties
     * resolves {@code demarc.db}: for the commands that work on its files (keys, audit) without the application.
     */
    static Path storeFolder(Path db) {
        if (db != null) {
            return db;
        }
        String fromEnvironment = System.getenv("DEMARC_DB");
        return Path.of(fromEnvironment != null && !fromEnvironment.isBlank() ? fromEnvironment : "./data");
    }

    /** The store folder of these options (see {@link #storeFolder(Path)}). */
    Path storeFolder() {
        return storeFolder(db);
    }

    /** Whether the graph lives in an external server rather than the embedded store. */
    boolean external() {
        return neo4jUri != null && !neo4jUri.isBlank();
    }
}
