/**
 * The bank as analytics needs it: every question version from the compacted bank topic
 * and the competency model, for the texts beside the ids analytics serves (questions, key
 * points, competencies) and for recommended questions.
 */
package io.readyroom.analytics.bank;
