/**
 * The scorer's copy of the question bank: every question version with its rubric, kept
 * from the compacted bank topic so any version an answer names can be resolved.
 */
package io.readyroom.scoring.rubric;
