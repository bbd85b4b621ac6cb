package demarc.importer.format;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import demarc.importer.document.ImportLimits;
import demarc.importer.netbox.NetBoxFormat;
import demarc.importer.onap.AaiFormat;
import demarc.importer.rdf.RdfInventoryFormat;
import demarc.importer.sol006.Sol006Format;
import demarc.importer.tmf.TmfFormat;
import demarc.importer.tosca.Sol001Format;

/**
 * The formats demarc reads, in the order detection asks them: the first that recognises a file translates it.
 * A format that is a special case of another must come before it.
 */
public final class Formats {

    private final List<InventoryFormat> formats;
    private final ImportLimits limits;

    /** The formats, importing within {@link ImportLimits#DEFAULTS}. */
    public Formats(List<InventoryFormat> formats) {
        this(formats, ImportLimits.DEFAULTS);
    }

    /** The formats, each reading within {@code limits}, which the import of their files also checks. */
    public Formats(List<InventoryFormat> formats, ImportLimits limits) {
        this.formats = List.copyOf(formats);
        this.limits = limits;
    }

    /** Every format of this build. A new format is one line here. */
    public static Formats standard() {
        return standard(List.of());
    }

    /**
     * Every format of this build, SOL001 also looking for the files a descriptor imports in {@code toscaTypeFolders}
     * ({@code demarc import --types DIR}), after the descriptor's own folder and before the bundled SOL001 types.
     */
    public static Formats standard(List<Path> toscaTypeFolders) {
        return standard(toscaTypeFolders, ImportLimits.DEFAULTS);
    }

    /** Every format of this build, as {@link #standard(List)}, reading within {@code limits}. */
    public static Formats standard(List<Path> toscaTypeFolders, ImportLimits limits) {
        return new Formats(List.of(
                new NativeInventoryFormat(limits),
                new PlacementOverlayFormat(limits),
                new CsvFormat(),
                new Sol001Format(toscaTypeFolders, limits),
                new Sol006Format(limits),
                new RdfInventoryFormat(limits),
                new AaiFormat(limits),
                new TmfFormat(limits),
                new NetBoxFormat(limits)), limits);
    }

    /** What one file may ask of an import of these formats. */
    public ImportLimits limits() {
        return limits;
    }

    public List<InventoryFormat> all() {
        return formats;
    }

    public Optional<InventoryFormat> byId(String id) {
        return formats.stream().filter(format -> format.id().equals(id)).findFirst();
    }

    /** The first format that recognises the file. */
    public Optional<InventoryFormat> detect(InputFile file) {
        return formats.stream().filter(format -> format.recognizes(file)).findFirst();
    }

    /** The ids, comma-separated, for messages. */
    public String ids() {
        return formats.stream().map(InventoryFormat::id).collect(Collectors.joining(", "));
    }
}
