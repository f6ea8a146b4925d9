/**
 * The access log: every read of a learner's data by someone other than the learner, and
 * every export, published as a {@link io.readyroom.contracts.LearnerDataRead} before the
 * reader is answered.
 */
@NullMarked
package io.readyroom.support.audit;

import org.jspecify.annotations.NullMarked;
