package io.readyroom.scoring.engine;

/**
 * A graded example as a calibration keeps it: where it sits in meaning (the unit mean of
 * its sentence embeddings), and by how much its grade differs from what the calibration
 * line makes of its rubric score.
 */
record CalibratedExample(GradedExample example, float[] vector, double residual) {

}
