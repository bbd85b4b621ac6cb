package demarc.queries.lookup;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionCallback;

import demarc.model.gate.GraphGate;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;

/**
 * Finds services, elements and parties by a part of their id or name, for a reviewer who knows only a name, and
 * summarises many of them at once, for a view that draws them.
 */
public final class SearchQuery {

    /** What a search can look for, in the words of {@link NodeSummary#type()}. */
    public static final List<String> TYPES = List.of("service", "element", "party");

    private static final String SEARCH = CypherResource.load(SearchQuery.class, "search.cypher");
    private static final String SUMMARIES = CypherResource.load(SearchQuery.class, "summaries.cypher");

    private final Driver driver;
    private final String database;
    private final GraphGate gate;

    public SearchQuery(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
    }

    /**
     * At most {@code limit} hits whose id or name contains {@code text} (case-insensitive, surrounding blanks
     * ignored; empty text matches everything), of the given types, exact ids first.
     *
     * @throws IllegalArgumentException for a type outside {@link #TYPES} or a limit below 1
     */
    public List<NodeSummary> search(String text, Set<String> types, int limit) {
        if (!TYPES.containsAll(types)) {
            throw new IllegalArgumentException("type must be one of " + String.join(", ", TYPES) + ", was "
                    + String.join(", ", types));
        }
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        Map<String, Object> parameters = Map.of("text", text.strip().toLowerCase(Locale.ROOT),
                "types", List.copyOf(types.isEmpty() ? Set.copyOf(TYPES) : types), "limit", limit);
        return read(tx -> tx.run(SEARCH, parameters).list(SearchQuery::summary));
    }

    /** The services, elements and parties with these ids, by id; ids the graph does not hold are left out. */
    public List<NodeSummary> summaries(Collection<String> ids) {
        return read(tx -> tx.run(SUMMARIES, Map.of("ids", List.copyOf(ids))).list(SearchQuery::summary));
    }

    private <T> T read(TransactionCallback<T> work) {
        return gate.read(() -> {
            try (var session = driver.session(ReadSessions.config(database))) {
                return session.executeRead(work);
            }
        });
    }

    private static NodeSummary summary(Record row) {
        return new NodeSummary(row.get("type").asString(), row.get("id").asString(), row.get("name").asString(null),
                row.get("kind").asString(null), row.get("party").asString(null));
    }
}
