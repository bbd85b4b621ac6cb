package demarc.importer.inventory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** The whole graph as sorted lines of text without {@code importedAt}: two equal exports are the same graph. */
public final class GraphExport {

    private GraphExport() {
    }

    public static List<String> of(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                List<String> lines = new ArrayList<>();
                for (Record node : tx.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS properties").list()) {
                    List<String> labels = new ArrayList<>(node.get("labels").asList(Value::asString));
                    labels.sort(null);
                    lines.add("(:" + String.join(":", labels) + " " + normalized(node.get("properties").asMap()) + ")");
                }
                for (Record relationship : tx.run("""
                        MATCH (a)-[r]->(b)
                        RETURN a.id AS from, type(r) AS type, properties(r) AS properties, b.id AS to""").list()) {
                    lines.add("(" + relationship.get("from").asString() + ")-[:" + relationship.get("type").asString()
                            + " " + normalized(relationship.get("properties").asMap()) + "]->("
                            + relationship.get("to").asString() + ")");
                }
                lines.sort(null);
                return lines;
            });
        }
    }

    private static String normalized(Map<String, Object> properties) {
        Map<String, Object> sorted = new TreeMap<>(properties);
        sorted.remove("importedAt");
        return sorted.toString();
    }
}
