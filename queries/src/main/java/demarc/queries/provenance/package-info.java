/**
 * Where facts come from: the inventory sources (the documents imported, with their SHA-256 and import time) that
 * define the parties, services, elements and connections a decision rests on (graph-model.md, Provenance).
 */
package demarc.queries.provenance;
