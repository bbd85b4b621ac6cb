// schema: unique ids and the indexes the importer and the queries rely on (docs/graph-model.md,
// "Constraints and indexes"). Every statement is idempotent (IF NOT EXISTS); run by GraphSchema.apply().
// Not-null and type constraints are Enterprise-only: the importer validates those itself.
CREATE CONSTRAINT party_id IF NOT EXISTS FOR (n:Party) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_id IF NOT EXISTS FOR (n:Service) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT element_id IF NOT EXISTS FOR (n:Element) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT connection_id IF NOT EXISTS FOR (n:Connection) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE INDEX element_kind IF NOT EXISTS FOR (n:Element) ON (n.kind);
// the re-import of a source finds its relationships by their source
CREATE INDEX provided_by_source IF NOT EXISTS FOR ()-[r:PROVIDED_BY]-() ON (r.source);
CREATE INDEX owned_by_source IF NOT EXISTS FOR ()-[r:OWNED_BY]-() ON (r.source);
CREATE INDEX operated_by_source IF NOT EXISTS FOR ()-[r:OPERATED_BY]-() ON (r.source);
CREATE INDEX requires_source IF NOT EXISTS FOR ()-[r:REQUIRES]-() ON (r.source);
CREATE INDEX manages_source IF NOT EXISTS FOR ()-[r:MANAGES]-() ON (r.source);
CREATE INDEX at_site_source IF NOT EXISTS FOR ()-[r:AT_SITE]-() ON (r.source);
CREATE INDEX between_source IF NOT EXISTS FOR ()-[r:BETWEEN]-() ON (r.source);
CREATE INDEX has_access_source IF NOT EXISTS FOR ()-[r:HAS_ACCESS]-() ON (r.source);
// refreshing the derived REQUIRES.connection starts from the relationships that carry one
CREATE INDEX requires_connection IF NOT EXISTS FOR ()-[r:REQUIRES]-() ON (r.connection)
