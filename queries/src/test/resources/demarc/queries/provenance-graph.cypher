// Fixture for the provenance queries: two imported documents, a carrier both define, a connection only the second
// defines, and an element naming a source whose :Source node is missing (a graph written by hand).
CREATE (:Source {id: 'fx-core', asOf: date('2026-10-01'), file: 'core.yaml', hash: 'aa11', importedAt: datetime('2026-11-28T09:30:00Z')})
CREATE (:Source {id: 'fx-links', file: 'links.csv', hash: 'bb22', importedAt: datetime('2026-11-28T10:00:00+09:00')})
CREATE (:Party {id: 'sk', type: 'carrier', sources: ['fx-core', 'fx-links']})
CREATE (:Service {id: 'sk-voice', class: 'mobile', sources: ['fx-core']})
CREATE (:Element:Function {id: 'sk-ims', kind: 'vnf', sources: ['fx-core']})
CREATE (:Element:Resource {id: 'vm-x', kind: 'vm', sources: ['fx-hand']})
CREATE (:Connection {id: 'ic-1', kind: 'interconnect', sources: ['fx-links']});
