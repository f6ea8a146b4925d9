package io.readyroom.analytics.assignment;

import java.time.Instant;

/**
 * How far the learners an assignment is for have got with it. Each learner counts once,
 * by their first completed session started from it, however often they completed one.
 *
 * @param learnerId the one learner it is for; {@code null} when it is for the whole
 * cohort
 * @param learners how many learners of the cohort it is for
 * @param completedOnTime learners whose first completion was at or before {@code dueAt}
 * @param completedLate learners whose first completion was after {@code dueAt}
 * @param notYetDone learners without a completed session from it
 * @param overdue those of {@code notYetDone} whose due date has passed: all of them once
 * it has, none before
 */
public record AssignmentStatus(String assignmentId, String title, String mode, String roleTrack, String learnerId,
		Instant dueAt, int learners, int completedOnTime, int completedLate, int notYetDone, int overdue) {

}
