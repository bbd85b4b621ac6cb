package demarc.queries.check;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

import demarc.model.gate.GraphGate;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;

/**
 * The whole graph as plain data: every node and relationship with all its properties, provenance included. A design
 * check copies the stored inventory into its scratch graph from this, so the check sees exactly what is stored.
 */
public final class GraphExport {

    private static final String NODES = CypherResource.load(GraphExport.class, "export-nodes.cypher");
    private static final String RELATIONSHIPS = CypherResource.load(GraphExport.class, "export-relationships.cypher");

    /** A node: {@code key} is its element id in the exported graph, valid only for this export. */
    public record ExportedNode(String key, List<String> labels, Map<String, Object> properties) {
    }

    /** A relationship between the nodes with the keys {@code from} and {@code to}. */
    public record ExportedRelationship(String from, String to, String type, Map<String, Object> properties) {
    }

    /** Everything, read in one transaction so that nodes and relationships agree. */
    public record Snapshot(List<ExportedNode> nodes, List<ExportedRelationship> relationships) {
    }

    private final Driver driver;
    private final String database;
    private final GraphGate gate;

    public GraphExport(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
    }

    /** Every node and relationship, of one state of the graph. */
    public Snapshot snapshot() {
        return gate.read(this::read);
    }

    private Snapshot read() {
        try (var session = driver.session(ReadSessions.config(database))) {
            return session.executeRead(tx -> {
                List<ExportedNode> nodes = tx.run(NODES).list(row -> new ExportedNode(row.get("key").asString(),
                        row.get("labels").asList(Value::asString), row.get("properties").asMap(Value::asObject)));
                List<ExportedRelationship> relationships = tx.run(RELATIONSHIPS).list(row ->
                        new ExportedRelationship(row.get("from").asString(), row.get("to").asString(),
                                row.get("type").asString(), row.get("properties").asMap(Value::asObject)));
                return new Snapshot(nodes, relationships);
            });
        }
    }
}
