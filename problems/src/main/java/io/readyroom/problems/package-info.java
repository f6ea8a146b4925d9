/**
 * RFC 9457 problem responses in Readyroom's one style, for the services and the web app.
 */
@NullMarked
package io.readyroom.problems;

import org.jspecify.annotations.NullMarked;
