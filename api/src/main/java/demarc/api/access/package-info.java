/**
 * Who may call what: API keys (hashed at rest in a file beside the store), roles, the one table that maps every
 * endpoint to the roles allowed on it, and the refusal to listen beyond localhost without keys.
 */
package demarc.api.access;
