/**
 * The audit trail: every request to the API (imports, queries, writes, refusals) and every import, key change
 * and audit export of the command line, one JSON line each in an append-only file beside the store.
 */
package demarc.api.audit;
