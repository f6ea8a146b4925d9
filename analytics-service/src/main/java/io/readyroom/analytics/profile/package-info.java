/**
 * Learner profiles: per competency a mastery estimate weighted to recent answers, its
 * evidence, confidence and trend, plus per-question, per-key-point and weekly tallies and
 * practice activity; rebuilt from the stored scores and sessions, so redelivered events
 * change nothing.
 */
package io.readyroom.analytics.profile;
