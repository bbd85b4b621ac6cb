package demarc.api.bench.sdn;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Property;
import org.springframework.data.neo4j.core.schema.Relationship;

/** A service: its fields, its provider and what it requires. */
@Node("Service")
final class ServiceEntity {

    @Id
    String id;
    @Property("class")
    String serviceClass;
    Long users;
    Boolean paid;
    Boolean emergencyCalls;
    Boolean mobileVoiceNumbers;
    Integer prefectures;

    @Relationship(type = "PROVIDED_BY")
    PartyEntity provider;

    @Relationship(type = "REQUIRES")
    List<Requirement> requires = new ArrayList<>();

    ServiceEntity(String id) {
        this.id = id;
    }
}
