package demarc.importer.schema;

import java.util.List;

import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

import demarc.importer.cypher.CypherResource;

/**
 * The constraints and indexes of the graph model ({@code docs/graph-model.md}, "Constraints and indexes"),
 * created idempotently from {@code schema.cypher}. Call {@link #apply()} on start, before the first import.
 */
public final class GraphSchema {

    private static final List<String> STATEMENTS = CypherResource.statements(GraphSchema.class, "schema.cypher");

    private final Driver driver;
    private final String database;

    public GraphSchema(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Creates whatever is missing; safe to call any number of times. */
    public void apply() {
        SessionConfig.Builder config = SessionConfig.builder();
        if (database != null) {
            config.withDatabase(database);
        }
        try (var session = driver.session(config.build())) {
            // schema commands cannot share a transaction with each other's effects: one transaction each
            for (String statement : STATEMENTS) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }
        }
    }
}
