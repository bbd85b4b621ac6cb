package demarc.importer.document;

/**
 * How much one imported file may ask of the importer, so that a hostile or broken file fails fast with a clear
 * error instead of exhausting memory, stack or time. The defaults are far above what a real inventory needs
 * (a million-element inventory is about 250 MB in the graph, its largest string a few hundred characters, its
 * deepest nesting about eight levels). The API sets them from the {@code demarc.import.*} properties
 * (README, "Limits on imported files").
 *
 * @param maxFileBytes      bytes one file may have (a request body, a file on disk, an archive entry); also the
 *                          most characters a YAML or JSON parser reads
 * @param maxStringLength   characters one string value or map key may have once translated
 * @param maxNestingDepth   deepest nesting of maps and lists (YAML, JSON) or elements (XML)
 * @param maxYamlAliases    aliases of maps and lists one YAML document may use (SnakeYAML's
 *                          {@code maxAliasesForCollections}): enough for hand-written reuse, too few for a bomb
 * @param maxValues         values one document may expand to once its aliases are resolved
 */
public record ImportLimits(long maxFileBytes, int maxStringLength, int maxNestingDepth, int maxYamlAliases,
                           int maxValues) {

    /** The limits when nothing is configured. */
    public static final ImportLimits DEFAULTS = new ImportLimits(64L * 1024 * 1024, 1024 * 1024, 40, 20, 5_000_000);

    public ImportLimits {
        if (maxFileBytes < 1 || maxStringLength < 1 || maxNestingDepth < 1 || maxYamlAliases < 0 || maxValues < 1) {
            throw new IllegalArgumentException("import limits must be positive (aliases may be 0): file bytes "
                    + maxFileBytes + ", string length " + maxStringLength + ", nesting depth " + maxNestingDepth
                    + ", YAML aliases " + maxYamlAliases + ", values " + maxValues);
        }
    }

    /** The file size as a character count for parsers that take an int. */
    public int maxCharacters() {
        return (int) Math.min(Integer.MAX_VALUE, maxFileBytes);
    }
}
