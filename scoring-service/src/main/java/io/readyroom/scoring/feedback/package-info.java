/**
 * The feedback a learner reads on each answer: the explained score with the rubric's
 * words for each key point and the answer itself, so the evidence can be shown in place.
 */
@NullMarked
package io.readyroom.scoring.feedback;

import org.jspecify.annotations.NullMarked;
