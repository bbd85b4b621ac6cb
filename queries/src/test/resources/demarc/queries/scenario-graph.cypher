// Scenario: every rule of rules.md on one graph. shinkai (line-installing) runs VoLTE on its IMS over kumo's VMs
// in one zone, an own line and server, a third-party line and load balancer, kumo billing, tsunagu's DNS without
// a connection and tsunagu's IMS behind a declared interconnect; hoshu's NOC manages the IMS. shinkai also sells
// broadband universal, a large paid data service and a small IoT data service on kumo (critical control, redundant
// gateways on VMs sharing one zone, critical storage). mvno is non-line-installing but designated large-impact;
// isp is non-line-installing and not designated.
CREATE (:Source {id: 'scenario', asOf: date('2026-11-01'), file: 'scenario.yaml', hash: 'x', importedAt: datetime('2026-11-28T00:00:00Z')});
CREATE (shinkai:Party {id: 'shinkai', name: 'Shinkai Mobile', country: 'JP', type: 'carrier', category: 'line-installing', designations: ['specified-user-info'], users: 8000000})
CREATE (mvno:Party {id: 'mvno', name: 'Full MVNO', country: 'JP', type: 'carrier', category: 'non-line-installing', designations: ['large-impact'], users: 300000})
CREATE (isp:Party {id: 'isp', name: 'Free Mail ISP', country: 'JP', type: 'carrier', category: 'non-line-installing', designations: [], users: 5000000})
CREATE (tsunagu:Party {id: 'tsunagu', name: 'Tsunagu Telecom', country: 'JP', type: 'carrier', category: 'line-installing'})
CREATE (kumo:Party {id: 'kumo', name: 'Kumo Cloud', country: 'US', type: 'cloud'})
CREATE (hoshu:Party {id: 'hoshu', name: 'Hoshu Maintenance', country: 'VN', type: 'contractor'})

CREATE (voice:Service {id: 'sk-voice', class: 'mobile', users: 8000000, paid: true, emergencyCalls: true, mobileVoiceNumbers: true, prefectures: 47})
CREATE (bb:Service {id: 'sk-bb', class: 'broadband-universal', users: 500, paid: true, prefectures: 1})
CREATE (data:Service {id: 'sk-data', class: 'data', users: 2000000, paid: true, prefectures: 47})
CREATE (iot:Service {id: 'sk-iot', class: 'data', users: 50000, paid: true, prefectures: 3})
CREATE (mvVoice:Service {id: 'mvno-voice', class: 'mobile-full-mvno', users: 300000, paid: true, mobileVoiceNumbers: true})
CREATE (mvData:Service {id: 'mvno-data', class: 'data', users: 10, paid: false})
CREATE (mail:Service {id: 'isp-mail', class: 'internet-free', users: 5000000, paid: false})
CREATE (voice)-[:PROVIDED_BY]->(shinkai), (bb)-[:PROVIDED_BY]->(shinkai), (data)-[:PROVIDED_BY]->(shinkai)
CREATE (iot)-[:PROVIDED_BY]->(shinkai), (mvVoice)-[:PROVIDED_BY]->(mvno), (mvData)-[:PROVIDED_BY]->(mvno)
CREATE (mail)-[:PROVIDED_BY]->(isp)

// shinkai's own switch, line and server
CREATE (ims:Element:Function {id: 'sk-ims', kind: 'vnf', roles: ['switching']})-[:OWNED_BY]->(shinkai)
CREATE (line:Element:Resource {id: 'sk-line', kind: 'line', roles: ['transmission'], country: 'JP'})-[:OWNED_BY]->(shinkai)
CREATE (srv:Element:Resource {id: 'sk-srv', kind: 'server', country: 'JP'})-[:OWNED_BY]->(shinkai)
// kumo's hosting
CREATE (vmA:Element:Resource {id: 'kumo-vm-ims-a', kind: 'vm'})-[:OWNED_BY]->(kumo)
CREATE (vmB:Element:Resource {id: 'kumo-vm-ims-b', kind: 'vm'})-[:OWNED_BY]->(kumo)
CREATE (az:Element:Resource {id: 'kumo-az-1', kind: 'availability-zone', country: 'JP', prefecture: 'Tokyo'})-[:OWNED_BY]->(kumo)
CREATE (dx:Element:Resource {id: 'kumo-dx', kind: 'line'})-[:OWNED_BY]->(kumo)
CREATE (lb:Element:Function {id: 'kumo-lb', kind: 'cnf', roles: ['compute']})-[:OWNED_BY]->(kumo)
CREATE (billing:Element:Function {id: 'kumo-billing', kind: 'cnf', roles: ['support']})-[:OWNED_BY]->(kumo)
CREATE (vmBill:Element:Resource {id: 'kumo-vm-bill', kind: 'vm'})-[:OWNED_BY]->(kumo)
CREATE (bng:Element:Function {id: 'sk-bng', kind: 'vnf', roles: ['control']})-[:OWNED_BY]->(kumo)
CREATE (fw:Element:Function {id: 'kumo-fw', kind: 'cnf', roles: ['support']})-[:OWNED_BY]->(kumo)
CREATE (ctl:Element:Function {id: 'kumo-ctl', kind: 'cnf', roles: ['control']})-[:OWNED_BY]->(kumo)
CREATE (gwA:Element:Function {id: 'kumo-gw-a', kind: 'cnf', roles: ['switching']})-[:OWNED_BY]->(kumo)
CREATE (gwB:Element:Function {id: 'kumo-gw-b', kind: 'cnf', roles: ['switching']})-[:OWNED_BY]->(kumo)
CREATE (vmGwA:Element:Resource {id: 'kumo-vm-gw-a', kind: 'vm'})-[:OWNED_BY]->(kumo)
CREATE (vmGwB:Element:Resource {id: 'kumo-vm-gw-b', kind: 'vm'})-[:OWNED_BY]->(kumo)
CREATE (azIot:Element:Resource {id: 'kumo-az-iot', kind: 'availability-zone', country: 'JP'})-[:OWNED_BY]->(kumo)
CREATE (store:Element:Resource {id: 'kumo-store', kind: 'storage', roles: ['storage']})-[:OWNED_BY]->(kumo)
// tsunagu, hoshu, mvno, isp
CREATE (tsIms:Element:Function {id: 'ts-ims', kind: 'vnf', roles: ['switching']})-[:OWNED_BY]->(tsunagu)
CREATE (tsHost:Element:Resource {id: 'ts-host', kind: 'server'})-[:OWNED_BY]->(tsunagu)
CREATE (tsDns:Element:Function {id: 'ts-dns', kind: 'vnf', roles: ['control']})-[:OWNED_BY]->(tsunagu)
CREATE (noc:Element:Function {id: 'hoshu-noc', kind: 'pnf', roles: ['oam'], country: 'VN'})-[:OWNED_BY]->(hoshu)
CREATE (nocSrv:Element:Resource {id: 'hoshu-srv', kind: 'server'})-[:OWNED_BY]->(hoshu)
CREATE (hss:Element:Function {id: 'mv-hss', kind: 'cnf', roles: ['subscriber-management']})-[:OWNED_BY]->(mvno)
CREATE (portal:Element:Function {id: 'mv-portal', kind: 'cnf', roles: ['support']})-[:OWNED_BY]->(mvno)
CREATE (mx:Element:Function {id: 'isp-mx', kind: 'pnf', roles: ['switching']})-[:OWNED_BY]->(isp)

// requires
CREATE (voice)-[:REQUIRES {slot: 0, anyOf: false}]->(ims)
CREATE (voice)-[:REQUIRES {slot: 1, anyOf: false}]->(line)
CREATE (voice)-[:REQUIRES {slot: 2, anyOf: false}]->(billing)
CREATE (voice)-[:REQUIRES {slot: 3, anyOf: false}]->(tsDns)
CREATE (ims)-[:REQUIRES {slot: 0, anyOf: true}]->(vmA)
CREATE (ims)-[:REQUIRES {slot: 0, anyOf: true}]->(vmB)
CREATE (ims)-[:REQUIRES {slot: 1, anyOf: false}]->(srv)
CREATE (ims)-[:REQUIRES {slot: 2, anyOf: false, connection: 'ix-sk-ts'}]->(tsIms)
CREATE (ims)-[:REQUIRES {slot: 3, anyOf: false}]->(dx)
CREATE (ims)-[:REQUIRES {slot: 4, anyOf: false}]->(lb)
CREATE (vmA)-[:REQUIRES {slot: 0, anyOf: false}]->(az)
CREATE (vmB)-[:REQUIRES {slot: 0, anyOf: false}]->(az)
CREATE (billing)-[:REQUIRES {slot: 0, anyOf: false}]->(vmBill)
CREATE (tsIms)-[:REQUIRES {slot: 0, anyOf: false}]->(tsHost)
CREATE (noc)-[:REQUIRES {slot: 0, anyOf: false}]->(nocSrv)
CREATE (noc)-[:MANAGES]->(ims)
CREATE (bb)-[:REQUIRES {slot: 0, anyOf: false}]->(bng)
CREATE (data)-[:REQUIRES {slot: 0, anyOf: false}]->(fw)
CREATE (iot)-[:REQUIRES {slot: 0, anyOf: false}]->(ctl)
CREATE (iot)-[:REQUIRES {slot: 1, anyOf: true}]->(gwA)
CREATE (iot)-[:REQUIRES {slot: 1, anyOf: true}]->(gwB)
CREATE (iot)-[:REQUIRES {slot: 2, anyOf: false}]->(store)
CREATE (gwA)-[:REQUIRES {slot: 0, anyOf: false}]->(vmGwA)
CREATE (gwB)-[:REQUIRES {slot: 0, anyOf: false}]->(vmGwB)
CREATE (vmGwA)-[:REQUIRES {slot: 0, anyOf: false}]->(azIot)
CREATE (vmGwB)-[:REQUIRES {slot: 0, anyOf: false}]->(azIot)
CREATE (mvVoice)-[:REQUIRES {slot: 0, anyOf: false}]->(hss)
CREATE (mvVoice)-[:REQUIRES {slot: 1, anyOf: false}]->(portal)
CREATE (mvData)-[:REQUIRES {slot: 0, anyOf: false}]->(hss)
CREATE (mail)-[:REQUIRES {slot: 0, anyOf: false}]->(mx)

CREATE (ix:Connection {id: 'ix-sk-ts', kind: 'interconnect', point: 'Otemachi 3F MDF rack 12 port 4', functionCheck: 'loopback at the SBC trunk'})
CREATE (ix)-[:BETWEEN {end: 0}]->(ims), (ix)-[:BETWEEN {end: 1}]->(tsIms);
MATCH (e:Element)-[:OWNED_BY]->(p:Party) CREATE (e)-[:OPERATED_BY {defaulted: true}]->(p);
MATCH (n) WHERE NOT n:Source SET n.sources = ['scenario'], n.source = 'scenario', n.importedAt = datetime('2026-11-28T00:00:00Z');
MATCH ()-[r]->() SET r.source = 'scenario', r.importedAt = datetime('2026-11-28T00:00:00Z');
