/**
 * Each program's retention period for answer text, and the sweep that removes older text
 * everywhere while scores and aggregates stay.
 */
package io.readyroom.session.retention;
