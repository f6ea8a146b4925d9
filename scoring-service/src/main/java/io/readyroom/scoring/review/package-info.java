/**
 * Coaches' and directors' reviews of scored answers: the reviewed score and verdicts,
 * published as {@code AnswerReviewed} so analytics counts them instead of the machine's;
 * the queue of answers worth a human look first; and each program's reviewed answers as
 * the graded examples that calibrate the scorer to its standard.
 */
@NullMarked
package io.readyroom.scoring.review;

import org.jspecify.annotations.NullMarked;
