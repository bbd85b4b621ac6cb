package demarc.api.bench.sdn;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A connection and its ends; its declared demarcation is a nested map, left out as the baseline leaves it. */
@Node("Connection")
final class ConnectionEntity {

    @Id
    String id;
    String kind;

    @Relationship(type = "BETWEEN")
    List<ConnectionEnd> between = new ArrayList<>();

    ConnectionEntity(String id) {
        this.id = id;
    }
}
