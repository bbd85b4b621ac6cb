/**
 * User-information exposure (電気通信事業法27条の5–27条の11): where the user information a carrier's services rely on
 * is kept, who reaches it from where, and the two country lists its handling policy (情報取扱方針) must publish.
 */
package demarc.queries.exposure;
