package demarc.importer.sol006;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import demarc.importer.document.DocNode;
import demarc.importer.document.DocNode.ListNode;
import demarc.importer.document.DocNode.MapNode;
import demarc.importer.document.DocNode.ScalarKind;
import demarc.importer.document.DocNode.ScalarNode;
import demarc.importer.document.DocumentProblem;

/**
 * Reads YANG instance data in XML (NETCONF style) into a {@link DocNode} tree with StAX, which gives every element
 * its line. An element with children becomes a map, a leaf its text, and an element name repeated under one
 * parent a list (a YANG list of one entry stays a map: readers use {@code Trees.items}). Namespaces are dropped
 * after the root's is returned. DTDs and external entities are refused, so no file or URL is ever read.
 */
final class YangXmlReader {

    record YangXml(String rootName, String namespace, DocNode root) {
    }

    private final int maxNestingDepth;

    YangXmlReader(int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    YangXml read(String content) throws XmlProblem {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new StringReader(content));
            while (reader.hasNext() && reader.next() != XMLStreamConstants.START_ELEMENT) {
                if (reader.getEventType() == XMLStreamConstants.DTD) {
                    throw new XmlProblem(new DocumentProblem(reader.getLocation().getLineNumber(), "$",
                            "XML with a DTD is refused (YANG instance data has none; DTDs can pull in external entities)"));
                }
            }
            if (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
                throw new XmlProblem(new DocumentProblem(1, "$", "the document has no root element"));
            }
            String name = reader.getLocalName();
            String namespace = reader.getNamespaceURI();
            DocNode root = element(reader, 0, name);
            return new YangXml(name, namespace, root);
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 1;
            throw new XmlProblem(new DocumentProblem(Math.max(line, 1), "$", "XML syntax: " + e.getMessage()
                    .replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "")));
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // closing an in-memory reader cannot fail in a way that matters here
                }
            }
        }
    }

    /** Reads the element the reader is on, up to and including its end tag. */
    private DocNode element(XMLStreamReader reader, int depth, String path) throws XMLStreamException, XmlProblem {
        int line = reader.getLocation().getLineNumber();
        if (depth > maxNestingDepth) {
            throw new XmlProblem(new DocumentProblem(line, path, "nesting deeper than "
                    + maxNestingDepth + " levels (demarc.import.max-nesting-depth)"));
        }
        Map<String, List<DocNode>> children = new LinkedHashMap<>();
        Map<String, Integer> childLines = new LinkedHashMap<>();
        StringBuilder text = new StringBuilder();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = reader.getLocalName();
                childLines.putIfAbsent(name, reader.getLocation().getLineNumber());
                children.computeIfAbsent(name, k -> new ArrayList<>()).add(element(reader, depth + 1, path + "." + name));
            } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                text.append(reader.getText());
            } else if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new XmlProblem(new DocumentProblem(reader.getLocation().getLineNumber(), path,
                        "entity reference &" + reader.getLocalName() + "; is refused"));
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
        }
        if (children.isEmpty()) {
            return new ScalarNode(line, ScalarKind.STRING, text.toString().strip());
        }
        List<DocNode.Field> fields = new ArrayList<>();
        children.forEach((name, values) -> fields.add(new DocNode.Field(name, childLines.get(name),
                values.size() == 1 ? values.get(0) : new ListNode(values.get(0).line(), values))));
        return new MapNode(line, fields);
    }

    /** The XML could not be read; carries the problem with its line. */
    static final class XmlProblem extends Exception {
        private final transient DocumentProblem problem;

        XmlProblem(DocumentProblem problem) {
            super(problem.message());
            this.problem = problem;
        }

        DocumentProblem problem() {
            return problem;
        }
    }
}
