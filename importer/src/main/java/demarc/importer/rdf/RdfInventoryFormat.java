package demarc.importer.rdf;

import java.util.ArrayList;
import java.util.List;

import demarc.importer.document.DocumentProblem;
import demarc.importer.document.ImportLimits;
import demarc.importer.document.TreePaths;
import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.Translation.Coverage;
import demarc.importer.format.Translation.Outcome;
import demarc.importer.format.TranslationException;

/**
 * RDF in Turtle, N-Triples, RDF/XML or JSON-LD (docs/formats/rdf.md). A file in the demarc vocabulary is an
 * inventory document, checked with the SHACL shapes; a file in the NORIA-O or Open-Multinet vocabularies is
 * mapped as far as they say what the inventory needs; anything else, ontologies included, is reported as
 * unmapped. Jena is used in this package only.
 */
public final class RdfInventoryFormat implements InventoryFormat {

    private final ImportLimits limits;

    /** A format that reads with {@link ImportLimits#DEFAULTS}. */
    public RdfInventoryFormat() {
        this(ImportLimits.DEFAULTS);
    }

    public RdfInventoryFormat(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return "rdf";
    }

    @Override
    public String description() {
        return "RDF (Turtle, N-Triples, RDF/XML, JSON-LD): the demarc vocabulary with SHACL checks;"
                + " NORIA-O and Open-Multinet instance data";
    }

    @Override
    public boolean recognizes(InputFile file) {
        return RdfSyntax.claims(file.text());
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        String text = file.text();
        RdfSyntax syntax = RdfSyntax.detect(text).orElseThrow(() -> new TranslationException(List.of(
                new DocumentProblem(1, TreePaths.ROOT, "not RDF: expected Turtle, N-Triples, RDF/XML or JSON-LD"))));
        ParsedRdf parsed = RdfParsing.parse(text, syntax, limits);
        InventoryGraph.Result result = InventoryGraph.isInventory(parsed.graph())
                ? InventoryGraph.translate(parsed)
                : CorpusVocabularies.translate(parsed, sourceFor(file.name()));
        List<Coverage> coverage = new ArrayList<>();
        if (!syntax.tracksLines) {
            coverage.add(new Coverage(0, TreePaths.ROOT, Outcome.UNKNOWN, "lines: the " + syntax.label()
                    + " parser does not tell the line of each statement; an entry is reported at the line where its"
                    + " IRI first appears, or line 1"));
        }
        coverage.addAll(result.coverage());
        return new Translation(file.name(), id(), result.tree(), coverage);
    }

    /** The source of a file outside the demarc vocabulary: its name, prefixed, in the characters ids allow. */
    static String sourceFor(String fileName) {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        String id = "rdf:" + base.replaceAll("[^A-Za-z0-9_.:-]", "_");
        return id.substring(0, Math.min(id.length(), 200));
    }
}
