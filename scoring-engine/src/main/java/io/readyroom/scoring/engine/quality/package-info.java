/**
 * Answers that must not score like real ones: too short, off-topic, or a list of
 * buzzwords without sentences.
 */
package io.readyroom.scoring.engine.quality;
