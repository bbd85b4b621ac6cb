/** The inventory format as RDF: its JSON-LD context, vocabulary and SHACL shapes, served under {@code /ns/}. */
package demarc.api.vocabulary;
