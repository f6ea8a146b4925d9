/**
 * The scoring service: explained scores for answers, under the rubric version they were
 * asked with.
 */
package io.readyroom.scoring;
