/**
 * The carrier evidence report for regulators: a carrier's duties, demarcation points and user-information exposure
 * under one regime, the inventory sources they rest on and a content hash, as JSON, Markdown, printable HTML, PDF
 * rendered from that HTML, and RDF (Turtle, JSON-LD) with PROV-O provenance. The only package outside the RDF
 * importer that uses Apache Jena (ArchitectureTest).
 */
package demarc.api.report;
