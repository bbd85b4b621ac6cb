// Fixture for chain-below.cypher: a service over an IMS on two cloud VMs sharing a zone, an own line, an
// interconnect to another carrier, and a contractor's NOC whose server has no country.
CREATE (:Source {id: 'fx-chain', file: 'chain.yaml', hash: 'x', importedAt: datetime('2026-11-28T00:00:00Z')});
CREATE (sk:Party {id: 'sk', name: 'Shinkai', country: 'JP', type: 'carrier', category: 'line-installing'})
CREATE (ts:Party {id: 'ts', name: 'Tsunagu', country: 'JP', type: 'carrier', category: 'line-installing'})
CREATE (kumo:Party {id: 'kumo', name: 'Kumo', country: 'US', type: 'cloud'})
CREATE (ho:Party {id: 'ho', name: 'Hoshu', country: 'VN', type: 'contractor'})
CREATE (svc:Service {id: 'sk-voice', name: 'VoLTE', class: 'mobile', users: 10, paid: true})
CREATE (ims:Element:Function {id: 'sk-ims', name: 'IMS', kind: 'vnf', roles: ['switching']})
CREATE (a:Element:Resource {id: 'vm-a', kind: 'vm'})
CREATE (b:Element:Resource {id: 'vm-b', kind: 'vm'})
CREATE (zone:Element:Resource {id: 'zone', kind: 'availability-zone', country: 'JP', prefecture: 'Tokyo'})
CREATE (line:Element:Resource {id: 'sk-line', kind: 'line', roles: ['transmission'], country: 'JP'})
CREATE (tsims:Element:Function {id: 'ts-ims', kind: 'vnf', roles: ['switching'], country: 'KR'})
CREATE (tshost:Element:Resource {id: 'ts-host', kind: 'server', country: 'KR'})
CREATE (noc:Element:Function {id: 'noc', kind: 'pnf', roles: ['oam'], country: 'VN'})
CREATE (nocsrv:Element:Resource {id: 'noc-srv', kind: 'server'})
CREATE (svc)-[:PROVIDED_BY]->(sk)
CREATE (ims)-[:OWNED_BY]->(sk), (line)-[:OWNED_BY]->(sk), (a)-[:OWNED_BY]->(kumo), (b)-[:OWNED_BY]->(kumo)
CREATE (zone)-[:OWNED_BY]->(kumo), (tsims)-[:OWNED_BY]->(ts), (tshost)-[:OWNED_BY]->(ts)
CREATE (noc)-[:OWNED_BY]->(ho), (nocsrv)-[:OWNED_BY]->(ho)
CREATE (svc)-[:REQUIRES {slot: 0, anyOf: false}]->(ims)
CREATE (ims)-[:REQUIRES {slot: 0, anyOf: true}]->(a), (ims)-[:REQUIRES {slot: 0, anyOf: true}]->(b)
CREATE (ims)-[:REQUIRES {slot: 1, anyOf: false}]->(line)
CREATE (ims)-[:REQUIRES {slot: 2, anyOf: false, connection: 'ix'}]->(tsims)
CREATE (tsims)-[:REQUIRES {slot: 0, anyOf: false}]->(tshost)
CREATE (a)-[:REQUIRES {slot: 0, anyOf: false}]->(zone), (b)-[:REQUIRES {slot: 0, anyOf: false}]->(zone)
CREATE (noc)-[:MANAGES]->(ims)
CREATE (noc)-[:REQUIRES {slot: 0, anyOf: false}]->(nocsrv)
CREATE (k:Connection {id: 'ix', kind: 'interconnect', point: 'MDF', functionCheck: 'loopback'})
CREATE (k)-[:BETWEEN {end: 0}]->(ims), (k)-[:BETWEEN {end: 1}]->(tsims);
MATCH (e:Element)-[:OWNED_BY]->(p:Party) CREATE (e)-[:OPERATED_BY {defaulted: true}]->(p);
MATCH (n) WHERE NOT n:Source SET n.sources = ['fx-chain'], n.source = 'fx-chain', n.importedAt = datetime('2026-11-28T00:00:00Z');
MATCH ()-[r]->() SET r.source = 'fx-chain', r.importedAt = datetime('2026-11-28T00:00:00Z');
