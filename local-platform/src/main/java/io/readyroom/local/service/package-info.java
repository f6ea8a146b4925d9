/**
 * The services as child processes: launched, watched until ready, and stopped.
 */
@NullMarked
package io.readyroom.local.service;

import org.jspecify.annotations.NullMarked;
