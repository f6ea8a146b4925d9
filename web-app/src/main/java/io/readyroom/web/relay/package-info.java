/**
 * The relay from the pages to the services, routes of Spring Cloud Gateway Server Web
 * MVC: {@code /api/session/**}, {@code /api/scoring/**} and {@code /api/analytics/**} are
 * passed on with the signed-in person's access token, and the services' answers, problems
 * included, come back as they are.
 */
@NullMarked
package io.readyroom.web.relay;

import org.jspecify.annotations.NullMarked;
