/**
 * Where the identity server keeps the authorizations it granted while their tokens are
 * exchanged and refreshed.
 */
@NullMarked
package io.readyroom.identity.authorization;

import org.jspecify.annotations.NullMarked;
