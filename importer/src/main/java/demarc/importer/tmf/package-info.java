/** TM Forum TMF639 resources and TMF638 services, v4 and v5, onto the inventory format (docs/formats/tmf.md). */
package demarc.importer.tmf;
