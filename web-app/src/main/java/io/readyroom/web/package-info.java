/**
 * The Readyroom web app: the pages of learners and staff, their sign-in, and the relay
 * that calls the services on their behalf.
 */
@NullMarked
package io.readyroom.web;

import org.jspecify.annotations.NullMarked;
