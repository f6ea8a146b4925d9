/**
 * The local platform's OAuth2 / OpenID Connect authorization server: seeded demo
 * accounts, JWTs in the Readyroom token contract.
 */
@NullMarked
package io.readyroom.identity;

import org.jspecify.annotations.NullMarked;
