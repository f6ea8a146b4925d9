/**
 * Feedback a learner can act on: what went well, a hint per missed key point (never the
 * model answer), and one tip on structure.
 */
package io.readyroom.scoring.engine.feedback;
