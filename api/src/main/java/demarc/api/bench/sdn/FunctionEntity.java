package demarc.api.bench.sdn;

import org.springframework.data.neo4j.core.schema.Node;

/** A function: {@code :Function:Element}. */
@Node("Function")
final class FunctionEntity extends ElementEntity {

    FunctionEntity(String id) {
        super(id);
    }
}
