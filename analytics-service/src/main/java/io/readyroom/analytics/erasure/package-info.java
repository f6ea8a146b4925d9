/**
 * Which learners were erased, kept without their ids, so that events of theirs that were
 * still in flight, or are delivered again, do not bring their data back.
 */
@NullMarked
package io.readyroom.analytics.erasure;

import org.jspecify.annotations.NullMarked;
