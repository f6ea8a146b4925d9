/**
 * Slows down password guessing: repeated failed sign-ins lock a username, or a client
 * address, out for a growing time.
 */
@NullMarked
package io.readyroom.identity.throttle;

import org.jspecify.annotations.NullMarked;
