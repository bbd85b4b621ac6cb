package demarc.api.bench.sdn;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import org.springframework.data.neo4j.core.schema.Relationship;

/**
 * A function or resource: the fields the generated network uses and every relationship an element starts. The
 * subclasses add their label, as Spring Data Neo4j maps inheritance ({@code :Function:Element}).
 */
@Node("Element")
abstract class ElementEntity {

    @Id
    String id;
    String kind;
    List<String> roles;
    String country;
    String prefecture;
    Boolean holdsUserInfo;

    @Relationship(type = "OWNED_BY")
    PartyEntity owner;

    @Relationship(type = "OPERATED_BY")
    PartyEntity operator;

    @Relationship(type = "AT_SITE")
    ElementEntity site;

    @Relationship(type = "REQUIRES")
    List<Requirement> requires = new ArrayList<>();

    @Relationship(type = "MANAGES")
    List<ElementEntity> manages = new ArrayList<>();

    ElementEntity(String id) {
        this.id = id;
    }
}
