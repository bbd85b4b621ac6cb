// Fixture for services-using.cypher and requires-below-services.cypher: an anyOf pair on a shared zone, a manager
// with its own server, a declared connection, a relationship without slot, and a service without provider.
CREATE (:Source {id: 'fx-walk', file: 'walk.yaml', hash: 'x', importedAt: datetime('2026-11-28T00:00:00Z')});
CREATE (p:Party {id: 'p', name: 'P', type: 'carrier', category: 'line-installing'})
CREATE (q:Party {id: 'q', name: 'Q', type: 'carrier', category: 'line-installing'})
CREATE (s1:Service {id: 's1', class: 'data', users: 1, paid: true})
CREATE (s2:Service {id: 's2', class: 'mobile', users: 1, paid: true})
CREATE (s3:Service {id: 's3', class: 'data'})
CREATE (orphan:Service {id: 's-orphan', class: 'data'})
CREATE (ctl:Element:Function {id: 'ctl', kind: 'cnf', roles: ['control']})
CREATE (a:Element:Resource {id: 'vm-a', kind: 'vm'})
CREATE (b:Element:Resource {id: 'vm-b', kind: 'vm'})
CREATE (z:Element:Resource {id: 'zone', kind: 'availability-zone'})
CREATE (m:Element:Function {id: 'mgr', kind: 'pnf', roles: ['oam']})
CREATE (d:Element:Resource {id: 'mgr-srv', kind: 'server'})
CREATE (far:Element:Function {id: 'far', kind: 'pnf', roles: ['switching']})
CREATE (loose:Element:Resource {id: 'loose', kind: 'equipment'})
CREATE (unused:Element:Resource {id: 'unused', kind: 'server'})
CREATE (s1)-[:PROVIDED_BY]->(p), (s2)-[:PROVIDED_BY]->(p), (s3)-[:PROVIDED_BY]->(q)
CREATE (ctl)-[:OWNED_BY]->(p), (a)-[:OWNED_BY]->(p), (b)-[:OWNED_BY]->(p), (z)-[:OWNED_BY]->(p), (m)-[:OWNED_BY]->(p)
CREATE (d)-[:OWNED_BY]->(p), (far)-[:OWNED_BY]->(q), (loose)-[:OWNED_BY]->(q), (unused)-[:OWNED_BY]->(p)
CREATE (s1)-[:REQUIRES {slot: 0, anyOf: false}]->(ctl)
CREATE (s1)-[:REQUIRES {slot: 1, anyOf: true}]->(a), (s1)-[:REQUIRES {slot: 1, anyOf: true}]->(b)
CREATE (a)-[:REQUIRES {slot: 0, anyOf: false}]->(z), (b)-[:REQUIRES {slot: 0, anyOf: false}]->(z)
CREATE (ctl)-[:REQUIRES {slot: 0, anyOf: false, connection: 'ix'}]->(far)
CREATE (m)-[:MANAGES]->(z)
CREATE (m)-[:REQUIRES {slot: 0, anyOf: false}]->(d)
CREATE (s2)-[:REQUIRES {slot: 0, anyOf: false}]->(ctl)
CREATE (s3)-[:REQUIRES]->(loose)
CREATE (orphan)-[:REQUIRES {slot: 0, anyOf: false}]->(z)
CREATE (k:Connection {id: 'ix', kind: 'interconnect'})
CREATE (k)-[:BETWEEN {end: 0}]->(ctl), (k)-[:BETWEEN {end: 1}]->(far);
MATCH (e:Element)-[:OWNED_BY]->(o:Party) CREATE (e)-[:OPERATED_BY {defaulted: true}]->(o);
MATCH (n) WHERE NOT n:Source SET n.sources = ['fx-walk'], n.source = 'fx-walk', n.importedAt = datetime('2026-11-28T00:00:00Z');
MATCH ()-[r]->() SET r.source = 'fx-walk', r.importedAt = datetime('2026-11-28T00:00:00Z');
