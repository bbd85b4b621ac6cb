package demarc.api.bench.sdn;

import org.springframework.data.neo4j.core.schema.Node;

/** A resource: {@code :Resource:Element}. */
@Node("Resource")
final class ResourceEntity extends ElementEntity {

    ResourceEntity(String id) {
        super(id);
    }
}
