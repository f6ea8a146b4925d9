/**
 * What the issued tokens say about their user: the claims the Readyroom services
 * authorize by.
 */
@NullMarked
package io.readyroom.identity.token;

import org.jspecify.annotations.NullMarked;
