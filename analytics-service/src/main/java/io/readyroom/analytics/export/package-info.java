/**
 * Exports for directors: the learners × competencies matrix with readiness, question
 * statistics, the cohort summary and the scorer's agreement with the reviewers, as CSV or
 * JSON, streamed from a database cursor so memory stays flat whatever the cohort's size.
 */
package io.readyroom.analytics.export;
