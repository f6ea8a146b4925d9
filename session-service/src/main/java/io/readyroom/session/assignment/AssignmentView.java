package io.readyroom.session.assignment;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.SessionMode;

/**
 * An assignment as staff see it, with each learner's completion as far as this service
 * knows its learners and sessions.
 *
 * @param completion how many of those learners have done it
 */
record AssignmentView(String assignmentId, String programId, String cohortId, String learnerId, String title,
		SessionMode mode, String roleTrack, List<String> competencyIds, int questionCount, Instant dueAt, int revision,
		boolean withdrawn, String assignedBy, Instant assignedAt, Completion completion,
		List<LearnerCompletion> learners) {

	static AssignmentView of(Assignment assignment, List<LearnerCompletion> learners) {
		return new AssignmentView(assignment.id(), assignment.programId(), assignment.cohortId(),
				assignment.learnerId(), assignment.title(), assignment.mode(), assignment.roleTrack(),
				assignment.competencyIds(), assignment.questionCount(), assignment.dueAt(), assignment.revision(),
				assignment.withdrawn(), assignment.assignedBy(), assignment.assignedAt(),
				Completion.of(assignment, learners), learners);
	}

	/**
	 * @param learners the learners it is for
	 * @param done those who completed it, late or not
	 * @param late those who completed it after the due date
	 * @param overdue those who have not completed it although it is past due; none once
	 * it is withdrawn
	 */
	record Completion(int learners, int done, int late, int overdue) {

		static Completion of(Assignment assignment, List<LearnerCompletion> learners) {
			return new Completion(learners.size(), count(learners, true, false), count(learners, true, true),
					assignment.withdrawn() ? 0
							: (int) learners.stream()
								.filter((learner) -> learner.status() == AssignmentStatus.OVERDUE)
								.count());
		}

		private static int count(List<LearnerCompletion> learners, boolean done, boolean late) {
			return (int) learners.stream()
				.filter((learner) -> learner.completed() == done && (!late || learner.late()))
				.count();
		}

	}

}
