/**
 * The question bank: questions with their rubrics, versioned, published on the compacted
 * question-bank topic so the other services score and analyse under the version that was
 * asked.
 */
package io.readyroom.session.bank;
