/** ONAP A&AI JSON onto the inventory format: objects, relationship-lists and bulk payloads (docs/formats/onap-aai.md). */
package demarc.importer.onap;
