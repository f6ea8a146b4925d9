/**
 * Which requests need a signed-in user: the protocol endpoints, the login form, health.
 */
@NullMarked
package io.readyroom.identity.web;

import org.jspecify.annotations.NullMarked;
