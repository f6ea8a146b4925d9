/**
 * Scored answers, one per answer id: the latest rubric version's score replaces older
 * ones and a redelivered score changes nothing, so everything built on them counts each
 * answer once.
 */
package io.readyroom.analytics.score;
