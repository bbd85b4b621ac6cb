package demarc.api.bench.sdn;

import org.springframework.data.neo4j.core.schema.RelationshipId;
import org.springframework.data.neo4j.core.schema.RelationshipProperties;
import org.springframework.data.neo4j.core.schema.TargetNode;

/** {@code HAS_ACCESS}: a party's access to an element, with its kind and the country it comes from. */
@RelationshipProperties
final class Access {

    @RelationshipId
    String id;
    String kind;
    String country;

    @TargetNode
    ElementEntity to;

    Access(String kind, String country, ElementEntity to) {
        this.kind = kind;
        this.country = country;
        this.to = to;
    }
}
