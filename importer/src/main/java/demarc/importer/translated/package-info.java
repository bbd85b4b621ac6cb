/**
 * What the translators of other formats share: the inventory tree they build with its coverage, source ids, JSON
 * look-ups and country codes (docs/formats/translation-conventions.md).
 */
package demarc.importer.translated;
