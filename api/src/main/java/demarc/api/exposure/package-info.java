/** REST: user-information exposure and the country lists of a handling policy (電気通信事業法27条の8). */
package demarc.api.exposure;
