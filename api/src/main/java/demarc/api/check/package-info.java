/**
 * The design check (issue 3, item 4): proposed inventory documents evaluated in a scratch graph, alone or on top of
 * a copy of the stored inventory, reported as findings located at lines of the designs.
 */
package demarc.api.check;
