/**
 * Rubric evaluation, free of Kafka and MongoDB: decides for each key point of a rubric
 * whether an answer meets it and cites the answer's own words as evidence.
 */
package io.readyroom.scoring.evaluation;
