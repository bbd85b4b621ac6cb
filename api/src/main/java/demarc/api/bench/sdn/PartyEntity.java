package demarc.api.bench.sdn;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A party as a Spring Data Neo4j user would map it: its scalar fields and the access it holds. */
@Node("Party")
final class PartyEntity {

    @Id
    String id;
    String name;
    String country;
    String type;

    @Relationship(type = "HAS_ACCESS")
    List<Access> access = new ArrayList<>();

    PartyEntity(String id) {
        this.id = id;
    }
}
