// Fixture for the demarcation queries: declared connections in every status, a terminal, a connection without
// kind, an undeclared boundary to a carrier, one to a cloud, and a cloud-to-carrier requirement that is no
// carrier's boundary.
CREATE (:Source {id: 'fx-demarc', file: 'demarc.yaml', hash: 'x', importedAt: datetime('2026-11-28T00:00:00Z')});
CREATE (sa:Party {id: 'sa', name: 'Carrier SA', country: 'JP', type: 'carrier', category: 'line-installing'})
CREATE (sb:Party {id: 'sb', name: 'Carrier SB', country: 'JP', type: 'carrier', category: 'line-installing'})
CREATE (cl:Party {id: 'cl', name: 'Cloud CL', country: 'US', type: 'cloud'})
CREATE (usr:Party {id: 'usr', name: 'A user', type: 'other'})
CREATE (sasvc:Service {id: 'sa-svc', class: 'mobile', users: 10, paid: true})
CREATE (sbsvc:Service {id: 'sb-svc', class: 'data', users: 10, paid: true})
CREATE (saims:Element:Function {id: 'sa-ims', kind: 'vnf', roles: ['switching']})
CREATE (sbims:Element:Function {id: 'sb-ims', kind: 'vnf', roles: ['switching']})
CREATE (sagw:Element:Function {id: 'sa-gw', kind: 'pnf', roles: ['switching']})
CREATE (sbgw:Element:Function {id: 'sb-gw', kind: 'pnf', roles: ['switching']})
CREATE (saline:Element:Resource {id: 'sa-line', kind: 'line', roles: ['transmission']})
CREATE (sbcore:Element:Resource {id: 'sb-core', kind: 'line', roles: ['transmission']})
CREATE (clvm:Element:Resource {id: 'cl-vm', kind: 'vm'})
CREATE (clvm2:Element:Resource {id: 'cl-vm2', kind: 'vm'})
CREATE (sbdc:Element:Resource {id: 'sb-dc', kind: 'site'})
CREATE (sbdns:Element:Function {id: 'sb-dns', kind: 'vnf', roles: ['control']})
CREATE (saolt:Element:Resource {id: 'sa-olt', kind: 'equipment', roles: ['transmission']})
CREATE (usrterm:Element:Resource {id: 'usr-term', kind: 'equipment'})
CREATE (catv:Element:Resource {id: 'catv-x', kind: 'line'})
CREATE (sasvc)-[:PROVIDED_BY]->(sa), (sbsvc)-[:PROVIDED_BY]->(sb)
CREATE (saims)-[:OWNED_BY]->(sa), (sagw)-[:OWNED_BY]->(sa), (saline)-[:OWNED_BY]->(sa), (saolt)-[:OWNED_BY]->(sa)
CREATE (sbims)-[:OWNED_BY]->(sb), (sbgw)-[:OWNED_BY]->(sb), (sbcore)-[:OWNED_BY]->(sb), (sbdns)-[:OWNED_BY]->(sb)
CREATE (sbdc)-[:OWNED_BY]->(sb), (catv)-[:OWNED_BY]->(sb)
CREATE (clvm)-[:OWNED_BY]->(cl), (clvm2)-[:OWNED_BY]->(cl), (usrterm)-[:OWNED_BY]->(usr)
CREATE (sasvc)-[:REQUIRES {slot: 0, anyOf: false}]->(saims)
CREATE (sasvc)-[:REQUIRES {slot: 1, anyOf: false}]->(sbdns)
CREATE (sasvc)-[:REQUIRES {slot: 2, anyOf: false}]->(sagw)
CREATE (sbsvc)-[:REQUIRES {slot: 0, anyOf: false}]->(sbims)
CREATE (saims)-[:REQUIRES {slot: 0, anyOf: false, connection: 'ix-ok'}]->(sbims)
CREATE (saims)-[:REQUIRES {slot: 1, anyOf: false}]->(clvm2)
CREATE (clvm2)-[:REQUIRES {slot: 0, anyOf: false}]->(sbdc)
CREATE (sagw)-[:REQUIRES {slot: 0, anyOf: false}]->(saline)
CREATE (sagw)-[:REQUIRES {slot: 1, anyOf: false, connection: 'ix-nopoint'}]->(sbgw)
CREATE (sagw)-[:REQUIRES {slot: 2, anyOf: false, connection: 'wh-cloud'}]->(clvm)
CREATE (saline)-[:REQUIRES {slot: 0, anyOf: false, connection: 'wh-nocheck'}]->(sbcore)
CREATE (:Connection {id: 'ix-ok', kind: 'interconnect', point: 'MDF rack 12', functionCheck: 'loopback at SBC'})-[:BETWEEN {end: 0}]->(saims)
CREATE (:Connection {id: 'ix-nopoint', kind: 'interconnect'})-[:BETWEEN {end: 0}]->(sagw)
CREATE (:Connection {id: 'wh-nocheck', kind: 'wholesale', point: 'ODF 3'})-[:BETWEEN {end: 0}]->(saline)
CREATE (:Connection {id: 'wh-cloud', kind: 'wholesale', point: 'cage 7', functionCheck: 'ping'})-[:BETWEEN {end: 0}]->(sagw)
CREATE (:Connection {id: 'term-1', kind: 'terminal', point: 'ONU port', functionCheck: 'ONU loopback'})-[:BETWEEN {end: 0}]->(saolt)
CREATE (:Connection {id: 'conn-nokind', point: 'splitter 2'})-[:BETWEEN {end: 0}]->(saolt);
MATCH (k:Connection {id: 'ix-ok'}), (e:Element {id: 'sb-ims'}) CREATE (k)-[:BETWEEN {end: 1}]->(e);
MATCH (k:Connection {id: 'ix-nopoint'}), (e:Element {id: 'sb-gw'}) CREATE (k)-[:BETWEEN {end: 1}]->(e);
MATCH (k:Connection {id: 'wh-nocheck'}), (e:Element {id: 'sb-core'}) CREATE (k)-[:BETWEEN {end: 1}]->(e);
MATCH (k:Connection {id: 'wh-cloud'}), (e:Element {id: 'cl-vm'}) CREATE (k)-[:BETWEEN {end: 1}]->(e);
MATCH (k:Connection {id: 'term-1'}), (e:Element {id: 'usr-term'}) CREATE (k)-[:BETWEEN {end: 1}]->(e);
MATCH (k:Connection {id: 'conn-nokind'}), (e:Element {id: 'catv-x'}) CREATE (k)-[:BETWEEN {end: 1}]->(e);
MATCH (e:Element)-[:OWNED_BY]->(p:Party) CREATE (e)-[:OPERATED_BY {defaulted: true}]->(p);
MATCH (n) WHERE NOT n:Source SET n.sources = ['fx-demarc'], n.source = 'fx-demarc', n.importedAt = datetime('2026-11-28T00:00:00Z');
MATCH ()-[r]->() SET r.source = 'fx-demarc', r.importedAt = datetime('2026-11-28T00:00:00Z');
