// Fixture for the lookup queries: a service with a plain and an anyOf entry, a function with an explicit operator,
// a manager, a site, access from abroad, and an element lacking every optional property and its provenance time.
CREATE (:Source {id: 'fx-lookup', file: 'lookup.yaml', hash: 'x', importedAt: datetime('2026-11-28T00:00:00Z')});
CREATE (sk:Party {id: 'sk', name: 'Shinkai', country: 'JP', type: 'carrier', category: 'line-installing', designations: ['specified-user-info'], users: 8000000})
CREATE (ho:Party {id: 'ho', name: 'Hoshu', country: 'VN', type: 'contractor'})
CREATE (svc:Service {id: 'sk-voice', name: 'VoLTE', class: 'mobile', users: 8000000, paid: true, emergencyCalls: true, mobileVoiceNumbers: true, prefectures: 47})
CREATE (ims:Element:Function {id: 'sk-ims', name: 'IMS', kind: 'vnf', roles: ['switching'], country: 'JP', holdsUserInfo: false, attributes: '{"vendor":"x"}'})
CREATE (a:Element:Resource {id: 'vm-a', kind: 'vm'})
CREATE (b:Element:Resource {id: 'vm-b', kind: 'vm'})
CREATE (noc:Element:Function {id: 'noc', kind: 'pnf', roles: ['oam']})
CREATE (site:Element:Resource {id: 'otemachi', kind: 'site', country: 'JP', prefecture: 'Tokyo'})
CREATE (svc)-[:PROVIDED_BY]->(sk)
CREATE (ims)-[:OWNED_BY]->(sk), (ims)-[:OPERATED_BY {defaulted: false}]->(ho)
CREATE (a)-[:OWNED_BY]->(sk), (b)-[:OWNED_BY]->(sk), (noc)-[:OWNED_BY]->(ho), (site)-[:OWNED_BY]->(sk)
CREATE (noc)-[:OPERATED_BY {defaulted: true}]->(ho)
CREATE (svc)-[:REQUIRES {slot: 0, anyOf: false}]->(ims)
CREATE (ims)-[:REQUIRES {slot: 0, anyOf: true}]->(a), (ims)-[:REQUIRES {slot: 0, anyOf: true}]->(b)
CREATE (noc)-[:MANAGES]->(ims)
CREATE (ims)-[:AT_SITE]->(site)
CREATE (ho)-[:HAS_ACCESS {kind: 'remote-maintenance', country: 'VN'}]->(ims);
MATCH (n) WHERE NOT n:Source SET n.sources = ['fx-lookup'], n.source = 'fx-lookup', n.importedAt = datetime('2026-11-28T09:30:00Z');
MATCH ()-[r]->() SET r.source = 'fx-lookup', r.importedAt = datetime('2026-11-28T09:30:00Z');
MATCH (b:Element {id: 'vm-b'}) REMOVE b.importedAt;
