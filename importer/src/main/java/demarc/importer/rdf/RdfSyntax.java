package demarc.importer.rdf;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.riot.Lang;

/** The RDF syntaxes demarc reads, told apart from the content alone (the file name is not trusted). */
enum RdfSyntax {
    TURTLE(Lang.TURTLE, true), N_TRIPLES(Lang.NTRIPLES, true), RDF_XML(Lang.RDFXML, false),
    JSON_LD(Lang.JSONLD11, false);

    static final String RDF_NAMESPACE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";

    private static final Pattern N_TRIPLE_LINE = Pattern.compile(
            "(<[^>\\s]*>|_:\\S+)\\s+<[^>\\s]*>\\s+(<[^>\\s]*>|_:\\S+|\".*)\\s*\\.\\s*(#.*)?");
    private static final Pattern TURTLE_START = Pattern.compile(
            "(@prefix|@base|prefix\\s|base\\s|<[^>\\s]*>\\s|_:)", Pattern.CASE_INSENSITIVE);
    /** A top-level {@code "inventory"} key: the native JSON inventory, which its own reader takes, lines and all. */
    private static final Pattern INVENTORY_KEY = Pattern.compile("\"inventory\"\\s*:");

    final Lang lang;
    /** Whether the parser tells the line of each triple (the Turtle-family tokenizer does; Jena's others do not). */
    final boolean tracksLines;

    RdfSyntax(Lang lang, boolean tracksLines) {
        this.lang = lang;
        this.tracksLines = tracksLines;
    }

    /**
     * Whether the RDF format should claim the file: any RDF, except the JSON form of an inventory with the
     * project's @context, which is JSON-LD too but which the native reader takes, since it keeps lines.
     */
    static boolean claims(String text) {
        Optional<RdfSyntax> syntax = detect(text);
        return syntax.isPresent() && !(syntax.get() == JSON_LD && INVENTORY_KEY.matcher(text).find());
    }

    static Optional<RdfSyntax> detect(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        String start = content.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            boolean jsonLd = content.contains("\"@context\"") || content.contains("\"@graph\"")
                    || content.contains("\"@id\"");
            return jsonLd ? Optional.of(JSON_LD) : Optional.empty();
        }
        if (start.startsWith("<?xml") || start.startsWith("<!") || start.startsWith("<rdf:")
                || start.startsWith("<RDF")) {
            return content.contains(RDF_NAMESPACE) ? Optional.of(RDF_XML) : Optional.empty();
        }
        boolean allTriples = true;
        boolean any = false;
        for (String raw : content.split("\r?\n|\r")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!any && !TURTLE_START.matcher(line).lookingAt()) {
                return Optional.empty();
            }
            any = true;
            allTriples &= N_TRIPLE_LINE.matcher(line).matches();
        }
        if (!any) {
            return Optional.empty();
        }
        return Optional.of(allTriples ? N_TRIPLES : TURTLE);
    }

    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
