/**
 * How far the scorer and the program's reviewers agree: for each question and overall,
 * the machine's and the reviewed scores of the reviewed answers side by side, so a
 * director sees which questions the scorer grades unlike the coaches.
 */
@NullMarked
package io.readyroom.analytics.agreement;

import org.jspecify.annotations.NullMarked;
