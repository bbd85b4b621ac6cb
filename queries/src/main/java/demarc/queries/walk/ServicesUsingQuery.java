package demarc.queries.walk;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import demarc.model.decision.CrossingService;
import demarc.model.decision.PathStep;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;

/** The services an element is used for, each with the shortest path that brings it in. */
public final class ServicesUsingQuery {

    private static final String SERVICES_USING = CypherResource.load(ServicesUsingQuery.class,
            "services-using.cypher");

    private final Driver driver;
    private final String database;

    public ServicesUsingQuery(Driver driver, String database) {
        this.driver = driver;
        this.database = database;
    }

    /** Per element id, the services that use it sorted by service id; elements no service uses are absent. */
    public Map<String, List<CrossingService>> servicesUsing(Collection<String> elementIds) {
        try (var session = driver.session(ReadSessions.config(database))) {
            return session.executeRead(tx -> {
                Map<String, List<CrossingService>> result = new LinkedHashMap<>();
                tx.run(SERVICES_USING, Map.of("elementIds", List.copyOf(elementIds))).forEachRemaining(row -> result
                        .computeIfAbsent(row.get("elementId").asString(), k -> new ArrayList<>())
                        .add(new CrossingService(row.get("service").asString(), row.get("carrier").asString(null),
                                row.get("path").asList(step -> new PathStep(step.get("id").asString(),
                                        step.get("via").asString(null))))));
                return result;
            });
        }
    }
}
