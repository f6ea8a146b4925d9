/**
 * Criteria for a question that has only a model answer (and perhaps key points as plain
 * strings): one criterion per key point or model-answer sentence, with expressions drawn
 * from its content words.
 */
package io.readyroom.scoring.engine.derivation;
