/** REST: finding services, elements and parties by id or name, and summarising many at once for the web view. */
package demarc.api.search;
