/**
 * Key points: decides met, partial or missed for each rubric criterion from the answer's
 * wording (stemmed, synonym-folded, negation-aware phrase matches) and its meaning
 * (sentence embeddings), and cites the learner's words that decided it.
 */
package io.readyroom.scoring.engine.criteria;
