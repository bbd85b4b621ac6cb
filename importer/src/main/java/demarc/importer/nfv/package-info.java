/**
 * What the NFV descriptor formats (ETSI SOL001 TOSCA, SOL006 YANG/OSM) share: the descriptor model they are read
 * into and its one mapping onto the inventory document, with the id scheme of docs/formats/nfv.md.
 */
package demarc.importer.nfv;
