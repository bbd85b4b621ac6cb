/** REST: the Art 41 duty decisions. */
package demarc.api.duty;
