package demarc.importer.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * The whole graph as sorted lines, every property included (provenance and {@code importedAt} too) and every node
 * and relationship by its element id: a rejected import that wrote, deleted or recreated anything, even with the
 * same values, gives a different dump.
 */
final class GraphDump {

    private GraphDump() {
    }

    static List<String> of(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> lines = new ArrayList<>();
                for (Record node : tx.run("""
                        MATCH (n) RETURN elementId(n) AS key, labels(n) AS labels, properties(n) AS properties""")
                        .list()) {
                    List<String> labels = new ArrayList<>(node.get("labels").asList(Value::asString));
                    labels.sort(null);
                    lines.add("(" + node.get("key").asString() + ":" + String.join(":", labels) + " "
                            + sorted(node.get("properties").asMap(GraphDump::text)) + ")");
                }
                for (Record relationship : tx.run("""
                        MATCH (a)-[r]->(b)
                        RETURN elementId(r) AS key, elementId(a) AS from, type(r) AS type,
                               properties(r) AS properties, elementId(b) AS to""").list()) {
                    lines.add("(" + relationship.get("from").asString() + ")-[" + relationship.get("key").asString()
                            + ":" + relationship.get("type").asString() + " "
                            + sorted(relationship.get("properties").asMap(GraphDump::text)) + "]->("
                            + relationship.get("to").asString() + ")");
                }
                lines.sort(null);
                return lines;
            });
        }
    }

    private static String text(Value value) {
        return value.toString();
    }

    private static String sorted(Map<String, String> properties) {
        return new TreeMap<>(properties).toString();
    }
}
