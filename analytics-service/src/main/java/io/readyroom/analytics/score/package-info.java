/**
 * Scored answers, one per answer id, as they count: the latest rubric version's machine
 * score replaces older ones, the highest revision of a coach's or director's review
 * counts instead of the machine's score, and a redelivered score or review changes
 * nothing, so everything built on them counts each answer once, in whatever order scores
 * and reviews arrive.
 */
package io.readyroom.analytics.score;
