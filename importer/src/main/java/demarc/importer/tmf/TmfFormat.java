package demarc.importer.tmf;

import java.util.regex.Pattern;

import demarc.importer.document.ImportLimits;
import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.translated.SourceJson;

/**
 * TM Forum TMF639 Resource Inventory and TMF638 Service Inventory JSON, v4 and v5 (docs/formats/tmf.md):
 * single resources or services, arrays of them, and their event envelopes.
 */
public final class TmfFormat implements InventoryFormat {

    /** Fields only TMF639/TMF638 objects and events carry. */
    private static final Pattern MARKERS = Pattern.compile("\"(resourceCharacteristic|serviceCharacteristic"
            + "|resourceRelationship|serviceRelationship|supportingResource|supportingService|resourceSpecification"
            + "|serviceSpecification)\"|\"@(base)?[tT]ype\"\\s*:\\s*\"[A-Za-z]*(Resource|Service)[A-Za-z]*\""
            + "|/(resourceInventoryManagement|serviceInventory)[A-Za-z]*/");

    private final ImportLimits limits;

    /** A format that reads with {@link ImportLimits#DEFAULTS}. */
    public TmfFormat() {
        this(ImportLimits.DEFAULTS);
    }

    public TmfFormat(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return "tmf";
    }

    @Override
    public String description() {
        return "TM Forum TMF639 resources and TMF638 services (v4, v5 JSON), single, in arrays or in events";
    }

    @Override
    public boolean recognizes(InputFile file) {
        char first = SourceJson.firstCharacter(file);
        return (first == '{' || first == '[') && MARKERS.matcher(SourceJson.head(file, 8192)).find();
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        return new TmfTranslator(file, SourceJson.read(file, limits)).translate(id());
    }
}
