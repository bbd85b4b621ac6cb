package demarc.queries.provenance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

import demarc.model.gate.GraphGate;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;

/** The inventory sources behind parties, services, elements and connections. */
public final class ProvenanceQuery {

    private static final String SOURCES = CypherResource.load(ProvenanceQuery.class, "sources.cypher");
    private static final String NODE_SOURCES = CypherResource.load(ProvenanceQuery.class, "node-sources.cypher");

    private final Driver driver;
    private final String database;
    private final GraphGate gate;

    public ProvenanceQuery(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
    }

    /** Every source that defines one of {@code ids}, once, sorted by id. */
    public List<InventorySource> sources(Collection<String> ids) {
        return read(SOURCES, ids).stream().map(row -> new InventorySource(
                row.get("id").asString(),
                date(row.get("asOf")),
                row.get("file").asString(null),
                row.get("hash").asString(null),
                time(row.get("importedAt")))).toList();
    }

    /** For each of {@code ids} in the graph, the sources that define it, in the order they first did. */
    public Map<String, List<String>> sourcesOf(Collection<String> ids) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (Record row : read(NODE_SOURCES, ids)) {
            result.put(row.get("id").asString(), row.get("sources").asList(Value::asString));
        }
        return result;
    }

    private List<Record> read(String query, Collection<String> ids) {
        return gate.read(() -> {
            try (var session = driver.session(ReadSessions.config(database))) {
                return session.executeRead(tx -> tx.run(query, Map.of("ids", List.copyOf(ids))).list());
            }
        });
    }

    private static LocalDate date(Value value) {
        return value.hasType(TypeSystem.getDefault().DATE()) ? value.asLocalDate() : null;
    }

    private static OffsetDateTime time(Value value) {
        return value.hasType(TypeSystem.getDefault().DATE_TIME()) ? value.asOffsetDateTime() : null;
    }
}
