package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;

import demarc.importer.cypher.CypherResource;
import demarc.importer.inventory.StoredGraph.StoredLink;
import demarc.importer.inventory.StoredGraph.StoredNode;

/** Reads, in one read transaction, what the graph holds under a document's ids ({@code lookup-ids.cypher}). */
final class GraphLookup {

    private static final String LOOKUP = CypherResource.load(GraphLookup.class, "lookup-ids.cypher");

    private final Driver driver;
    private final SessionConfig readSession;

    GraphLookup(Driver driver, SessionConfig readSession) {
        this.driver = driver;
        this.readSession = readSession;
    }

    StoredGraph lookup(List<String> ids) {
        if (ids.isEmpty()) {
            return StoredGraph.EMPTY;
        }
        try (var session = driver.session(readSession)) {
            return session.executeRead(tx -> {
                Map<String, List<StoredNode>> nodes = new HashMap<>();
                for (List<String> batch : Batches.of(ids)) {
                    for (Record row : tx.run(LOOKUP, Map.of("ids", batch)).list()) {
                        StoredNode node = node(row);
                        nodes.computeIfAbsent(node.id(), id -> new ArrayList<>()).add(node);
                    }
                }
                return new StoredGraph(nodes);
            });
        }
    }

    private static StoredNode node(Record row) {
        List<StoredLink> links = row.get("links").asList(link -> new StoredLink(
                link.get("type").asString(), link.get("target").asString(), link.get("source").asString(null),
                nullableLong(link.get("slot")), nullableBoolean(link.get("anyOf")), nullableLong(link.get("end")),
                nullableBoolean(link.get("defaulted"))));
        return new StoredNode(row.get("id").asString(), row.get("label").asString(),
                row.get("sources").asList(Value::asString, List.of()), row.get("source").asString(null),
                row.get("properties").asMap(), links);
    }

    private static Long nullableLong(Value value) {
        return value.isNull() ? null : value.asLong();
    }

    private static Boolean nullableBoolean(Value value) {
        return value.isNull() ? null : value.asBoolean();
    }
}
