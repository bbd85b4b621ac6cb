/** REST: the dependency chain of a service or element. */
package demarc.api.chain;
