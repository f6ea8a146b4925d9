/**
 * Scores an interview answer against a rubric and explains the score: key points with
 * cited evidence, structure, specificity, red flags, answer-quality flags, per-competency
 * scores and feedback; with enough graded examples, calibrated to them. Plain Java; the
 * services wire it in.
 */
package io.readyroom.scoring.engine;
