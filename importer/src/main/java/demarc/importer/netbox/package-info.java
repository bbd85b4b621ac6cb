/** NetBox REST API and dumpdata JSON onto the inventory format (docs/formats/netbox.md). */
package demarc.importer.netbox;
