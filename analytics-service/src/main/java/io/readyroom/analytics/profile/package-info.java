/**
 * Learner profiles: per competency, how many scored answers and their mean score, plus
 * practice activity; rebuilt from the stored scores and sessions, so redelivered events
 * change nothing.
 */
package io.readyroom.analytics.profile;
