/** REST: the demarcation points (分界点) of every boundary. */
package demarc.api.demarcation;
