/**
 * ETSI NFV SOL001 (TOSCA Simple Profile YAML 1.2/1.3) VNF, NS and PNF descriptors, single files and CSAR folders:
 * imports resolved from the package and the bundled SOL001 type files, never over the network.
 */
package demarc.importer.tosca;
