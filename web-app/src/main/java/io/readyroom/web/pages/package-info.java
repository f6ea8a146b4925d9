/**
 * The page URLs: each serves one static page whose script loads its data through the
 * relayed API.
 */
@NullMarked
package io.readyroom.web.pages;

import org.jspecify.annotations.NullMarked;
