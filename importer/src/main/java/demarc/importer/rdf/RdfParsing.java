package demarc.importer.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.lang.LangNTriples;
import org.apache.jena.riot.lang.LangRIOT;
import org.apache.jena.riot.lang.LangTurtle;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.RiotLib;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.tokens.Tokenizer;
import org.apache.jena.riot.tokens.TokenizerText;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;

import demarc.importer.document.DocumentProblem;
import demarc.importer.document.DocumentSyntaxException;
import demarc.importer.document.ImportLimits;
import demarc.importer.document.JsonTreeReader;
import demarc.importer.document.TreePaths;
import demarc.importer.format.TranslationException;

/**
 * Parses one file into a graph, never touching the network or the file system: relative IRIs resolve against
 * {@link DemarcTerms#ID_BASE}; JSON-LD loads no document but the project's own context (from the classpath);
 * RDF/XML with a DOCTYPE (the door to external entities and entity expansion) is refused before any XML parser
 * sees it.
 */
final class RdfParsing {

    private RdfParsing() {
    }

    static ParsedRdf parse(String text, RdfSyntax syntax, ImportLimits limits) throws TranslationException {
        refuseDeepNesting(text, syntax, limits);
        Collector collector = new Collector();
        try {
            switch (syntax) {
                case TURTLE, N_TRIPLES -> parseWithLines(text, syntax, collector);
                case RDF_XML -> {
                    RDFParser.fromString(text, syntax.lang).base(DemarcTerms.ID_BASE)
                            .errorHandler(new Failing()).parse(collector);
                }
                case JSON_LD -> {
                    Context context = new Context();
                    context.set(LangJSONLD11.JSONLD_OPTIONS, new JsonLdOptions(new ClasspathContextOnly()));
                    RDFParser.fromString(text, syntax.lang).base(DemarcTerms.ID_BASE).context(context)
                            .errorHandler(new Failing()).parse(collector);
                }
            }
        } catch (ParseFailure e) {
            throw problem(e.line, syntax.label() + " syntax error: " + withoutJavaNames(e.getMessage()));
        } catch (RiotException e) {
            throw problem(1, syntax.label() + " could not be read: " + withoutJavaNames(e.getMessage()));
        }
        if (collector.tokenizer == null) {
            linesFromText(text, collector);
        }
        return new ParsedRdf(collector.graph, collector.prefixes, collector.subjectLines,
                collector.propertyLines);
    }

    private static void parseWithLines(String text, RdfSyntax syntax, Collector collector) {
        Failing errors = new Failing();
        Tokenizer tokenizer = TokenizerText.create().fromString(text).errorHandler(errors).build();
        collector.tokenizer = tokenizer;
        LangRIOT parser = syntax == RdfSyntax.TURTLE
                ? new LangTurtle(tokenizer, RiotLib.profile(syntax.lang, DemarcTerms.ID_BASE, errors), collector)
                : new LangNTriples(tokenizer, RiotLib.profile(syntax.lang, DemarcTerms.ID_BASE, errors), collector);
        parser.parse();
    }

    /** Refuses any DOCTYPE: RDF/XML needs none, and it is where external entities and entity bombs live. */
    private static void refuseDoctype(String text) throws TranslationException {
        int at = text.toUpperCase(Locale.ROOT).indexOf("<!DOCTYPE");
        if (at >= 0) {
            int line = (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            throw problem(line, "RDF/XML with a DOCTYPE is refused: document type declarations and entities"
                    + " (external or internal) are disabled; write the IRIs out or use XML namespaces");
        }
    }

    /**
     * Jena's Turtle and RDF/XML parsers and the JSON-LD processor descend recursively into nested blank nodes,
     * collections, elements and objects: a few thousand levels overflow the stack. The nesting is measured first,
     * without recursion, and a file deeper than the limit is refused at the line where it got too deep.
     */
    private static void refuseDeepNesting(String text, RdfSyntax syntax, ImportLimits limits)
            throws TranslationException {
        int max = limits.maxNestingDepth();
        switch (syntax) {
            case TURTLE, N_TRIPLES -> refuseDeepTurtle(text, max);
            case RDF_XML -> {
                refuseDoctype(text);
                refuseDeepXml(text, max);
            }
            case JSON_LD -> {
                try {
                    new JsonTreeReader(limits).read(text);
                } catch (DocumentSyntaxException e) {
                    throw problem(e.problem().line(), syntax.label() + " syntax error: " + e.problem().message());
                }
            }
        }
    }

    /** Counts {@code [} and {@code (} outside IRIs, strings and comments. */
    private static void refuseDeepTurtle(String text, int max) throws TranslationException {
        int depth = 0;
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '#') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '<') {
                while (i + 1 < text.length() && text.charAt(i + 1) != '>' && text.charAt(i + 1) != '\n') {
                    i++;
                }
            } else if (c == '"' || c == '\'') {
                String close = text.startsWith(String.valueOf(c).repeat(3), i) ? String.valueOf(c).repeat(3)
                        : String.valueOf(c);
                i += close.length();
                while (i < text.length() && !text.startsWith(close, i)) {
                    if (text.charAt(i) == '\n') {
                        line++;
                    }
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i += close.length() - 1;
            } else if (c == '[' || c == '(') {
                if (++depth > max) {
                    throw problem(line, "nesting deeper than " + max + " levels of [ ] and ( )"
                            + " (demarc.import.max-nesting-depth)");
                }
            } else if (c == ']' || c == ')') {
                depth--;
            }
        }
    }

    /** Counts open elements with a streaming reader that reads no DTD (a DOCTYPE is refused before this). */
    private static void refuseDeepXml(String text, int max) throws TranslationException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            int depth = 0;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && ++depth > max) {
                    throw problem(reader.getLocation().getLineNumber(), "nesting deeper than " + max
                            + " elements (demarc.import.max-nesting-depth)");
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
        } catch (XMLStreamException e) {
            // not well-formed: the RDF/XML parser reports it with its own words
        }
    }

    /**
     * RDF/XML and JSON-LD parsers report no line per triple: a subject's line is where its IRI (or, failing that,
     * the IRI's last segment) first appears in the text, so that errors point near the entry; a blank node, or an
     * IRI the text never spells out, gets line 1.
     */
    private static void linesFromText(String text, Collector collector) {
        List<Integer> lineStarts = new java.util.ArrayList<>();
        lineStarts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lineStarts.add(i + 1);
            }
        }
        collector.graph.find().forEachRemaining(triple -> {
            Node subject = triple.getSubject();
            if (collector.subjectLines.containsKey(subject)) {
                return;
            }
            int at = -1;
            if (subject.isURI()) {
                String iri = subject.getURI();
                at = text.indexOf(iri);
                int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
                if (at < 0 && cut >= 0 && cut < iri.length() - 1) {
                    at = text.indexOf(iri.substring(cut + 1));
                }
            }
            int index = java.util.Collections.binarySearch(lineStarts, Math.max(at, 0));
            collector.subjectLines.put(subject, index >= 0 ? index + 1 : -index - 1);
        });
    }

    /** A parser message without the Java exception names some wrap into it ({@code java.text.ParseException: }). */
    private static String withoutJavaNames(String message) {
        return message == null ? "" : message.replaceAll("\\b(?:[a-z]+\\.)+[A-Z]\\w*(?:Exception|Error):\\s*", "");
    }

    private static TranslationException problem(int line, String message) {
        return new TranslationException(List.of(new DocumentProblem(line, TreePaths.ROOT, message)));
    }

    /** Collects triples into a graph, with the line the tokenizer had reached when each triple was complete. */
    private static final class Collector implements StreamRDF {
        final Graph graph = GraphFactory.createDefaultGraph();
        final PrefixMap prefixes = PrefixMapFactory.create();
        final Map<Node, Integer> subjectLines = new HashMap<>();
        final Map<Node, Map<Node, Integer>> propertyLines = new HashMap<>();
        Tokenizer tokenizer;

        @Override
        public void start() {
        }

        @Override
        public void triple(Triple triple) {
            graph.add(triple);
            if (tokenizer != null) {
                int line = (int) tokenizer.getLine();
                subjectLines.putIfAbsent(triple.getSubject(), line);
                propertyLines.computeIfAbsent(triple.getSubject(), s -> new HashMap<>())
                        .putIfAbsent(triple.getPredicate(), line);
            }
        }

        @Override
        public void quad(Quad quad) {
            // a named graph in JSON-LD: its triples count like the default graph's
            triple(quad.asTriple());
        }

        @Override
        public void base(String base) {
        }

        @Override
        public void prefix(String prefix, String iri) {
            prefixes.add(prefix, iri);
        }

        @Override
        public void finish() {
        }
    }

    /** Every parser error ends the parse with its line; warnings (odd but legal input) are not errors. */
    private static final class Failing implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
        }

        @Override
        public void error(String message, long line, long col) {
            throw new ParseFailure(message, line);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new ParseFailure(message, line);
        }
    }

    private static final class ParseFailure extends RuntimeException {
        final int line;

        ParseFailure(String message, long line) {
            super(message);
            this.line = (int) Math.max(line, 1);
        }
    }

    /** Serves the project's @context from the classpath and refuses to load anything else. */
    private static final class ClasspathContextOnly implements DocumentLoader {
        @Override
        public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
            if (DemarcTerms.CONTEXT_IRIS.contains(url.toString())) {
                try (InputStream in = RdfParsing.class.getResourceAsStream(DemarcTerms.CONTEXT_RESOURCE)) {
                    return JsonDocument.of(in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote document <" + url
                    + "> is not fetched: demarc never loads over the network; only the demarc context "
                    + DemarcTerms.CONTEXT_IRIS.get(0) + " is known, or embed the @context in the file");
        }
    }
}
