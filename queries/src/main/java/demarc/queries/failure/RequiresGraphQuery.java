package demarc.queries.failure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Driver;

import demarc.model.gate.GraphGate;
import demarc.queries.cypher.CypherResource;
import demarc.queries.cypher.ReadSessions;

/** Reads the requires sub-DAG below services, the input of {@link FailurePropagation}. */
public final class RequiresGraphQuery {

    private static final String BELOW_SERVICES = CypherResource.load(RequiresGraphQuery.class,
            "requires-below-services.cypher");

    private final Driver driver;
    private final String database;
    private final GraphGate gate;

    public RequiresGraphQuery(Driver driver, String database, GraphGate gate) {
        this.driver = driver;
        this.database = database;
        this.gate = gate;
    }

    /**
     * Per service (provided by {@code carrierOrNull}, with id {@code serviceOrNull}, of one of
     * {@code serviceClasses}), the REQUIRES relationships below it; services without any are absent.
     */
    public Map<String, List<RequiresEdge>> belowServices(String carrierOrNull, String serviceOrNull,
                                                         Collection<String> serviceClasses) {
        return gate.read(() -> read(carrierOrNull, serviceOrNull, serviceClasses));
    }

    private Map<String, List<RequiresEdge>> read(String carrierOrNull, String serviceOrNull,
                                                 Collection<String> serviceClasses) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("carrier", carrierOrNull);
        parameters.put("service", serviceOrNull);
        parameters.put("serviceClasses", List.copyOf(serviceClasses));
        try (var session = driver.session(ReadSessions.config(database))) {
            return session.executeRead(tx -> {
                Map<String, List<RequiresEdge>> result = new LinkedHashMap<>();
                int unslotted = 0;
                for (var row : tx.run(BELOW_SERVICES, parameters).list()) {
                    // A relationship without a slot is read as an entry of its own (never merged into another).
                    int slot = row.get("slot").isNull() ? --unslotted : row.get("slot").asInt();
                    result.computeIfAbsent(row.get("service").asString(), k -> new ArrayList<>())
                            .add(new RequiresEdge(row.get("from").asString(), slot,
                                    row.get("anyOf").asBoolean(), row.get("to").asString()));
                }
                return result;
            });
        }
    }
}
