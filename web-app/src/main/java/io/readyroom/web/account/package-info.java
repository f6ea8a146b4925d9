/**
 * Who is signed in, as their ID token says, and the navigation their role gets.
 */
@NullMarked
package io.readyroom.web.account;

import org.jspecify.annotations.NullMarked;
