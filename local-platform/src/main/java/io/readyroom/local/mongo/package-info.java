/**
 * A MongoDB-wire-compatible document store that keeps its data in one file.
 */
@NullMarked
package io.readyroom.local.mongo;

import org.jspecify.annotations.NullMarked;
