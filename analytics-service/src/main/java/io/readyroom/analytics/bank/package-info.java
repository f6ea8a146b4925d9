/**
 * The bank as analytics needs it: every question version from the compacted bank topic,
 * for key point descriptions and recommended questions.
 */
package io.readyroom.analytics.bank;
