package demarc.api.bench.sdn;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** {@code BETWEEN}: one end of a connection, numbered in the order the document lists them. */
@RelationshipProperties
final class ConnectionEnd {

    @RelationshipId
    String id;
    int end;

    @TargetNode
    ElementEntity element;

    ConnectionEnd(int end, ElementEntity element) {
        this.end = end;
        this.element = element;
    }
}
