package io.readyroom.scoring.engine;

/**
 * An answer as a question's rubric alone scores it: the report, the score before the
 * answer's faults lowered it (0 to 1), the share of it the faults left, and where the
 * answer sits in meaning (the unit mean of its sentence embeddings).
 */
record RubricScore(ScoreReport report, double raw, double penaltyFactor, float[] answerVector) {

}
