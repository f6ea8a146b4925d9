/**
 * Starts the whole platform on one machine with one command, and lets tests do the same.
 */
@NullMarked
package io.readyroom.local;

import org.jspecify.annotations.NullMarked;
