package demarc.importer.rdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    static ParsedRdf parse(String text, RdfSyntax syntax) throws TranslationException {
        Collector collector = new Collector();
        try {
            switch (syntax) {
                case TURTLE, N_TRIPLES -> parseWithLines(text, syntax, collector);
                case RDF_XML -> {
                    refuseDoctype(text);
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
            throw problem(e.line, syntax.label() + " syntax error: " + e.getMessage());
        } catch (RiotException e) {
            throw problem(0, syntax.label() + " could not be read: " + e.getMessage());
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
            this.line = (int) Math.max(line, 0);
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
