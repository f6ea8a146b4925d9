/**
 * The token contract between the identity server and the services and web app: the claims
 * Readyroom adds to its tokens and the roles they name.
 */
package io.readyroom.contracts.token;
