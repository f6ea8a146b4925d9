/**
 * Signing in with the Readyroom identity server (OpenID Connect, authorization code with
 * PKCE), signing out, and who may open which page.
 */
@NullMarked
package io.readyroom.web.signin;

import org.jspecify.annotations.NullMarked;
