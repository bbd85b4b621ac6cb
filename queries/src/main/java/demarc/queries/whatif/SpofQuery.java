package demarc.queries.whatif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Driver;

import demarc.model.gate.GraphGate;
import demarc.queries.failure.FailurePropagation;
import demarc.queries.failure.RequiresEdge;

/** The reverse of what-if: the elements whose failure alone stops a service (single points of failure). */
public final class SpofQuery {

    private final FailureGraph graph;
    private final GraphGate gate;

    public SpofQuery(Driver driver, String database, GraphGate gate) {
        this.graph = new FailureGraph(driver, database);
        this.gate = gate;
    }

    /**
     * Every element whose failure alone makes {@code serviceId} fail, those of its provider first, then by owner
     * and id; elements of other owners are marked third-party.
     *
     * @throws UnknownIdException when the graph has no service {@code serviceId}
     */
    public List<SinglePointOfFailure> spof(String serviceId) {
        // the service, the edges and the critical elements are three reads of one state of the graph
        return gate.read(() -> read(serviceId));
    }

    private List<SinglePointOfFailure> read(String serviceId) {
        FailureGraph.Node service = graph.nodes(List.of(serviceId)).get(serviceId);
        if (service == null || !service.service()) {
            throw new UnknownIdException("service", List.of(serviceId));
        }
        List<RequiresEdge> edges = graph.edges();
        Set<String> critical = new FailurePropagation(edges).criticalFor(serviceId);
        Map<String, FailureGraph.Node> nodes = graph.nodes(critical);
        List<SinglePointOfFailure> result = new ArrayList<>();
        for (String id : critical) {
            // Only elements are ever required, so every critical node is an element.
            FailureGraph.Node element = nodes.get(id);
            result.add(new SinglePointOfFailure(serviceId, service.provider(), id, element.kind(), element.owner(),
                    !service.provider().equals(element.owner()), element.roles()));
        }
        result.sort(Comparator.comparing(SinglePointOfFailure::thirdParty)
                .thenComparing(SinglePointOfFailure::owner, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(SinglePointOfFailure::element));
        return result;
    }
}
