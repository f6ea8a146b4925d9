/**
 * Cohort dashboards: one precomputed document per cohort, rebuilt from the cohort's
 * learner profiles shortly after any of them changes, so a read is one document lookup
 * and the figures are exactly those of the profiles.
 */
package io.readyroom.analytics.cohort;
