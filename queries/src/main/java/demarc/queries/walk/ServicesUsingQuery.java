package demarc.queries.walk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.neo4j.driver.Driver;

import demarc.model.decision.CrossingService;
import demarc.model.decision.PathStep;
import demarc.model.gate.GraphGate;
import demarc.queries.cypher.ReadSessions;

/** The services an element is used for, each with the shortest path that brings it in. */
public final class ServicesUsingQuery {

    private final Driver driver;
    private final String database;
    private final GraphGate gate;

    public ServicesUsingQuery(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
    }

    /** Per element id, the services that use it sorted by service id; elements no service uses are absent. */
    public Map<String, List<CrossingService>> servicesUsing(Collection<String> elementIds) {
        return gate.read(() -> read(elementIds));
    }

    private Map<String, List<CrossingService>> read(Collection<String> elementIds) {
        Set<String> wanted = Set.copyOf(elementIds);
        Map<String, List<CrossingService>> byElement = new TreeMap<>();
        try (var session = driver.session(ReadSessions.config(database))) {
            session.executeRead(tx -> {
                UsageGraph graph = UsageGraph.load(tx);
                for (UsageGraph.ServiceStart start : UsageGraph.services(tx, null, null, false)) {
                    graph.reachedFrom(start.service()).forEach((element, path) -> {
                        if (wanted.contains(element)) {
                            byElement.computeIfAbsent(element, k -> new ArrayList<>())
                                    .add(new CrossingService(start.service(), start.provider(), path));
                        }
                    });
                }
                return null;
            });
        }
        return new LinkedHashMap<>(byElement);
    }
}
