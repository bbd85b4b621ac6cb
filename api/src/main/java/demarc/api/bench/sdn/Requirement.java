package demarc.api.bench.sdn;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** {@code REQUIRES} from a service or an element: its slot in the list and whether the slot is an anyOf. */
@RelationshipProperties
final class Requirement {

    @RelationshipId
    String id;
    int slot;
    boolean anyOf;

    @TargetNode
    ElementEntity target;

    Requirement(int slot, boolean anyOf, ElementEntity target) {
        this.slot = slot;
        this.anyOf = anyOf;
        this.target = target;
    }
}
