/**
 * Turns an answer into sentences and stemmed, synonym-folded tokens that keep their
 * character offsets, so every match can cite the learner's own words.
 */
package io.readyroom.scoring.engine.text;
