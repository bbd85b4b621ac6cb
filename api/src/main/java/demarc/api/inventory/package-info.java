/** REST: importing inventory documents and reading back what the graph holds. */
package demarc.api.inventory;
