/** REST: the regimes of the rulebook. */
package demarc.api.regime;
