/**
 * ETSI NFV SOL006 (YANG) VNF, NS and PNF descriptors as YANG-instance XML, RFC 7951 JSON and OSM's SOL006-based
 * YAML; the legacy OSM information model ({@code vnfd-catalog}) is recognised and refused.
 */
package demarc.importer.sol006;
