package demarc.importer.rdf;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;

/**
 * A parsed RDF file: its triples, the prefixes it declared, and the line of each subject's first triple and of
 * each (subject, predicate)'s first triple where the syntax lets the parser tell (Turtle, N-Triples), else where the subject's IRI first appears in the text; 1 where nothing tells.
 */
record ParsedRdf(Graph graph, PrefixMap prefixes, Map<Node, Integer> subjectLines,
                 Map<Node, Map<Node, Integer>> propertyLines) {

    int line(Node subject) {
        return subjectLines.getOrDefault(subject, 1);
    }

    int line(Node subject, Node predicate) {
        Map<Node, Integer> lines = propertyLines.get(subject);
        Integer line = lines == null ? null : lines.get(predicate);
        return line == null ? line(subject) : line;
    }
}
