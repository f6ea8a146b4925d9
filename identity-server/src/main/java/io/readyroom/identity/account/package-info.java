/**
 * The demo accounts the server signs in: who they are, their role, program and cohorts.
 */
@NullMarked
package io.readyroom.identity.account;

import org.jspecify.annotations.NullMarked;
