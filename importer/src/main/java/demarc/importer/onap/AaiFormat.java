package demarc.importer.onap;

import java.util.List;

import demarc.importer.document.ImportLimits;
import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.translated.SourceJson;

/**
 * ONAP A&AI JSON (docs/formats/onap-aai.md): single objects (pserver, vserver, generic-vnf, pnf, cloud-region,
 * complex, tenant, customer, ...), query results ({@code results}), and bulk payloads ({@code operations},
 * {@code transactions}).
 */
public final class AaiFormat implements InventoryFormat {

    /** Keys only A&AI objects and payloads use, in kebab-case or the camelCase of ONAP SO's beans. */
    private static final List<String> MARKERS = List.of("\"vnf-id\"", "\"vserver-id\"", "\"pnf-name\"",
            "\"cloud-owner\"", "\"physical-location-id\"", "\"tenant-id\"", "\"relationship-list\"",
            "\"relationshipList\"", "\"global-customer-id\"", "\"vnfc-name\"", "\"vf-module-id\"",
            "\"pserver-id\"", "\"ptnii-equip-name\"", "\"cloud-infrastructure/", "\"/cloud-infrastructure/",
            "/network/generic-vnfs/", "/aai/v", "\"hostname\"");

    private final ImportLimits limits;

    /** A format that reads with {@link ImportLimits#DEFAULTS}. */
    public AaiFormat() {
        this(ImportLimits.DEFAULTS);
    }

    public AaiFormat(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return "onap-aai";
    }

    @Override
    public String description() {
        return "ONAP A&AI JSON: pserver, vserver, generic-vnf, pnf, cloud-region, complex, tenant objects and bulk payloads";
    }

    @Override
    public boolean recognizes(InputFile file) {
        if (SourceJson.firstCharacter(file) != '{') {
            return false;
        }
        String head = SourceJson.head(file, 8192);
        return MARKERS.stream().anyMatch(head::contains) && !head.contains("\"@type\"");
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        return new AaiTranslator(file, SourceJson.read(file, limits)).translate(id());
    }
}
