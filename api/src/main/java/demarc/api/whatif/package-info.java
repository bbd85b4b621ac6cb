/** REST: what-if failures with accident reporting, and single points of failure. */
package demarc.api.whatif;
