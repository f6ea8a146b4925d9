/**
 * RFC 9457 problem responses of the web app itself, in the services' style, so a page
 * shows one kind of error whoever refused.
 */
@NullMarked
package io.readyroom.web.problem;

import org.jspecify.annotations.NullMarked;
