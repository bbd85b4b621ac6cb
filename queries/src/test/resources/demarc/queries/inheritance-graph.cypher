// Fixture for element-inheritance.cypher: seven switching functions, each on its own VM of a cloud, every VM in
// one zone; a carrier's own switch on its own server, and a line leased from the cloud under that server.
CREATE (c:Party {id: 'c', name: 'Carrier', country: 'JP', type: 'carrier', category: 'line-installing', designations: []})
CREATE (cloud:Party {id: 'cloud', name: 'Cloud', country: 'JP', type: 'cloud'})
CREATE (voice:Service {id: 'voice', class: 'mobile', users: 10, paid: true})
CREATE (zone:Element:Resource {id: 'zone', kind: 'zone', roles: ['storage']})
CREATE (sw:Element:Function {id: 'sw', kind: 'pnf', roles: ['switching']})
CREATE (srv:Element:Resource {id: 'srv', kind: 'server'})
CREATE (line:Element:Resource {id: 'line', kind: 'line', roles: ['transmission']})
CREATE (voice)-[:PROVIDED_BY]->(c), (zone)-[:OWNED_BY]->(cloud)
CREATE (sw)-[:OWNED_BY]->(c), (srv)-[:OWNED_BY]->(c), (line)-[:OWNED_BY]->(cloud)
CREATE (voice)-[:REQUIRES {slot: 0, anyOf: false}]->(sw), (sw)-[:REQUIRES {slot: 0, anyOf: false}]->(srv),
       (srv)-[:REQUIRES {slot: 0, anyOf: false}]->(line)
WITH voice, zone, cloud
UNWIND range(1, 7) AS i
CREATE (f:Element:Function {id: 'f-' + i, kind: 'vnf', roles: ['switching', 'storage']})
CREATE (vm:Element:Resource {id: 'vm-' + i, kind: 'vm'})
CREATE (f)-[:OWNED_BY]->(cloud), (vm)-[:OWNED_BY]->(cloud)
CREATE (voice)-[:REQUIRES {slot: i, anyOf: false}]->(f), (f)-[:REQUIRES {slot: 0, anyOf: false}]->(vm),
       (vm)-[:REQUIRES {slot: 0, anyOf: false}]->(zone);
