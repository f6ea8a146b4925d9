/**
 * {@code ./readyroom load}: many signed-in learners answer through the running platform's
 * REST edge while the tool measures how fast and how fresh the pipeline is. The fault
 * tests drive their load with it too.
 */
@NullMarked
package io.readyroom.local.load;

import org.jspecify.annotations.NullMarked;
