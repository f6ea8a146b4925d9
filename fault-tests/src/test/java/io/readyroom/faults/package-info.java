/**
 * The fault suite: the built platform as separate processes, broken one part at a time
 * under a load of answers, and checked for answers lost or counted twice.
 */
@NullMarked
package io.readyroom.faults;

import org.jspecify.annotations.NullMarked;
