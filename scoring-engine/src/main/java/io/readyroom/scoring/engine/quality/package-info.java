/**
 * Answers that must not score like real ones: too short, off-topic, a list of buzzwords
 * without sentences, or in another language than the rubric's.
 */
package io.readyroom.scoring.engine.quality;
