package demarc.importer.netbox;

import java.util.regex.Pattern;

import demarc.importer.document.ImportLimits;
import demarc.importer.format.InputFile;
import demarc.importer.format.InventoryFormat;
import demarc.importer.format.Translation;
import demarc.importer.format.TranslationException;
import demarc.importer.translated.SourceJson;

/**
 * NetBox JSON (docs/formats/netbox.md): the REST API's objects (paginated {@code {"count", "results"}}, a
 * list, or one object) and Django {@code dumpdata} exports ({@code [{"model", "pk", "fields"}]}).
 */
public final class NetBoxFormat implements InventoryFormat {

    private static final Pattern DUMPDATA = Pattern.compile("\"model\"\\s*:\\s*\"(dcim|circuits|tenancy|virtualization"
            + "|ipam|extras|contenttypes|auth|users)\\.");
    private static final Pattern REST = Pattern.compile("\"url\"\\s*:\\s*\"[^\"]*/api/(dcim|circuits|tenancy|virtualization)/");

    private final ImportLimits limits;

    /** A format that reads with {@link ImportLimits#DEFAULTS}. */
    public NetBoxFormat() {
        this(ImportLimits.DEFAULTS);
    }

    public NetBoxFormat(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public String id() {
        return "netbox";
    }

    @Override
    public String description() {
        return "NetBox REST API JSON (devices, VMs, clusters, sites, tenants, providers, circuits) and dumpdata exports";
    }

    @Override
    public boolean recognizes(InputFile file) {
        char first = SourceJson.firstCharacter(file);
        if (first != '{' && first != '[') {
            return false;
        }
        String head = SourceJson.head(file, 8192);
        return DUMPDATA.matcher(head).find() || REST.matcher(head).find();
    }

    @Override
    public Translation translate(InputFile file) throws TranslationException {
        return new NetBoxTranslator(file, SourceJson.read(file, limits)).translate(id());
    }
}
