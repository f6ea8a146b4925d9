/**
 * Signing in to the local identity server as a browser would, and its demo accounts.
 */
@NullMarked
package io.readyroom.local.identity;

import org.jspecify.annotations.NullMarked;
