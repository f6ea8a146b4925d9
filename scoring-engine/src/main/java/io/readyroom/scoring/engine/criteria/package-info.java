/**
 * Key points: reads each rubric criterion's signals in an answer (rubric phrases matched
 * by stem, synonym and polarity; sentence meaning; recall of its exemplars' words;
 * contradiction), weighs them into credit, reads met, partial or missed off the credit,
 * and cites the learner's words that earned it.
 */
package io.readyroom.scoring.engine.criteria;
