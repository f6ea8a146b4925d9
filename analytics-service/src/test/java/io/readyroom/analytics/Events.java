package io.readyroom.analytics;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.AnswerReviewed.ReviewedCriterion;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.AssignmentChanged;
import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.contracts.SessionMode;
import io.readyroom.contracts.Verdict;
import io.readyroom.support.security.Caller;
import io.readyroom.testsupport.TestCallers;

/** Events as the other services would publish them, built for a scenario. */
final class Events {

	private Events() {
	}

	record Learner(String learnerId, String cohortId, String programId) {

		/** The learner as their token names them. */
		Caller caller() {
			return TestCallers.learner(this.learnerId, this.programId, this.cohortId);
		}

		PracticeSessionStarted started(String roleTrack) {
			return PracticeSessionStarted.of("s-" + UUID.randomUUID(), this.learnerId, this.programId, this.cohortId,
					roleTrack, SessionMode.MOCK_INTERVIEW);
		}

		PracticeSessionStarted started(String sessionId, String roleTrack, Instant at) {
			return new PracticeSessionStarted(UUID.randomUUID().toString(), PracticeSessionStarted.TYPE,
					PracticeSessionStarted.SCHEMA_VERSION, at, sessionId, this.learnerId, this.programId, this.cohortId,
					roleTrack, SessionMode.MOCK_INTERVIEW, null);
		}

		/** A session the learner started from an assignment. */
		PracticeSessionStarted startedFrom(String assignmentId, String sessionId, Instant at) {
			return new PracticeSessionStarted(UUID.randomUUID().toString(), PracticeSessionStarted.TYPE,
					PracticeSessionStarted.SCHEMA_VERSION, at, sessionId, this.learnerId, this.programId, this.cohortId,
					"health-information-technician", SessionMode.PRACTICE_SET, assignmentId);
		}

		/**
		 * The learner's enrolment in their program after a change by a director.
		 * @param cohortId the cohort they are enrolled in, null once removed
		 */
		EnrolmentChanged enrolment(int revision, String cohortId, String targetRole, String proposedTargetRole) {
			EnrolmentChanged.Change change = (cohortId == null) ? EnrolmentChanged.Change.REMOVED
					: (revision == 1) ? EnrolmentChanged.Change.ENROLLED : EnrolmentChanged.Change.TARGET_ROLE_SET;
			return EnrolmentChanged.of(this.programId, this.learnerId, cohortId, targetRole, proposedTargetRole,
					revision, change, "dana");
		}

		PracticeSessionCompleted completed(String sessionId, Instant at) {
			return new PracticeSessionCompleted(UUID.randomUUID().toString(), PracticeSessionCompleted.TYPE,
					PracticeSessionCompleted.SCHEMA_VERSION, at, sessionId, this.learnerId, this.cohortId, 1);
		}

		AnswerScored scored(String answerId, String questionId, int version, String competency, int score,
				Instant submittedAt, Verdict keyPoint) {
			AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1,
					submittedAt, answerId, "s-1", this.learnerId, this.programId, this.cohortId, questionId, version,
					"An answer.");
			CriterionResult criterion = (keyPoint == Verdict.MISSED) ? CriterionResult.missed("key-point")
					: new CriterionResult("key-point", keyPoint, "An", 0, 2);
			return AnswerScored.of(answer, version, score, List.of(new CompetencyScore(competency, score)),
					List.of(criterion), null, "key-phrase-coverage/1");
		}

		/**
		 * A coach's review of the answer, with a verdict on its one key point; the
		 * machine score the coach saw is what scoring publishes and analytics does not
		 * use.
		 */
		AnswerReviewed reviewed(String answerId, String questionId, int revision, int score, Verdict keyPoint) {
			return AnswerReviewed.of(new AnswerReviewed.Review(answerId, this.learnerId, this.programId, this.cohortId,
					questionId, 1, revision, 50, score, List.of(new ReviewedCriterion("key-point", keyPoint)),
					"Well argued.", "carla", "coach"));
		}

		AnswerScored scored(String questionId, String competency, int score, Instant submittedAt) {
			return scored(UUID.randomUUID().toString(), questionId, 1, competency, score, submittedAt,
					(score >= 50) ? Verdict.MET : Verdict.MISSED);
		}

	}

	static Learner learner(String cohortId, String programId) {
		return new Learner("learner-" + UUID.randomUUID(), cohortId, programId);
	}

	/** A cohort of the program as a director left it. */
	static CohortChanged cohort(String programId, String cohortId, int revision, String name,
			CohortChanged.Status status, String... coachIds) {
		CohortChanged.Change change = (revision == 1) ? CohortChanged.Change.OPENED
				: (status == CohortChanged.Status.CLOSED) ? CohortChanged.Change.CLOSED : CohortChanged.Change.RENAMED;
		return CohortChanged.of(programId, cohortId, name, status, List.of(coachIds), revision, change, "dana");
	}

	/**
	 * A practice set assigned to a whole cohort, or to one learner of it.
	 * @param learnerId null for the whole cohort
	 */
	static AssignmentChanged assignment(String assignmentId, String programId, String cohortId, String learnerId,
			String title, Instant dueAt, int revision, AssignmentChanged.Change change) {
		return AssignmentChanged.of(new AssignmentChanged.Assignment(assignmentId, programId, cohortId, learnerId,
				title, SessionMode.PRACTICE_SET, null, List.of(), 5, dueAt), revision, change, "carla");
	}

	/** A bank question with one key point, {@code key-point}, described as given. */
	static QuestionVersionPublished question(String questionId, String competency, String keyPoint) {
		return question(questionId, "A question?", competency, keyPoint);
	}

	/** A bank question worded as given, with one key point, {@code key-point}. */
	static QuestionVersionPublished question(String questionId, String text, String competency, String keyPoint) {
		return QuestionVersionPublished.of(new QuestionVersionPublished.Content(questionId, 1, null, text,
				QuestionType.TECHNICAL, Difficulty.BEGINNER, List.of("health-information-technician"),
				List.of(new CompetencyWeight(competency, 1.0)), "intent",
				new Rubric(RubricStructure.FREE,
						List.of(new RubricCriterion("key-point", keyPoint, 1.0, List.of("point"), List.of("A point."))),
						List.of()),
				null));
	}

}
