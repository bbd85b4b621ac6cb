/** REST errors as RFC 9457 problem details. */
package demarc.api.problem;
