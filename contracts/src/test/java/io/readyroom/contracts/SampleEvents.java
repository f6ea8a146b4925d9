package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;

/** One realistic instance of every event, for the schema and round-trip tests. */
final class SampleEvents {

	private SampleEvents() {
	}

	static QuestionVersionPublished questionVersionPublished() {
		Rubric rubric = new Rubric(RubricStructure.ORDERED_STEPS, List.of(new RubricCriterion("verify-identity",
				"Verifies the caller's identity before disclosing", 2.0, List.of("verify identity", "date of birth"),
				List.of("I would verify the caller's identity with two identifiers."), "release-of-information")),
				List.of(new RedFlag("discloses-unverified", "Discloses results without verifying identity",
						List.of("read them the results right away"),
						List.of("Honestly if they know the date of birth I'd just read the results out to them."))));
		return QuestionVersionPublished.of(new QuestionVersionPublished.Content("hit-roi-verify-identity", 2, null,
				"A caller asks for their lab results over the phone. What do you do?", QuestionType.SITUATIONAL,
				Difficulty.BEGINNER, List.of("health-information-technician"),
				List.of(new CompetencyWeight("release-of-information", 0.7),
						new CompetencyWeight("hipaa-privacy-rule", 0.3)),
				"Whether the candidate protects PHI on the phone.", rubric,
				"I would verify the caller's identity with two identifiers before sharing anything."));
	}

	static PracticeSessionStarted practiceSessionStarted() {
		return PracticeSessionStarted.of("s-1", "learner-7", "program-hit", "cohort-2026-spring",
				"health-information-technician", SessionMode.MOCK_INTERVIEW);
	}

	static PracticeSessionCompleted practiceSessionCompleted() {
		return PracticeSessionCompleted.of("s-1", "learner-7", "cohort-2026-spring", 3);
	}

	static AnswerSubmitted answerSubmitted() {
		return AnswerSubmitted.of("a-1", "s-1", "learner-7", "program-hit", "cohort-2026-spring",
				"hit-roi-verify-identity", 2, "I would verify the caller's identity first.");
	}

	static AnswerScored answerScored() {
		ScoreExplanation explanation = new ScoreExplanation(
				List.of(new ScoreExplanation.StructureCheck("verify-identity", true, "verify the caller's identity")),
				true, List.of("HIPAA"), List.of(), List.of(), List.of(), List.of("You verify identity first."),
				List.of("Say how you limit the disclosure to what was asked for."), "Name each step in order.");
		return AnswerScored.of(answerSubmitted(), 2, 80, List.of(new CompetencyScore("release-of-information", 80)),
				List.of(new CriterionResult("verify-identity", Verdict.MET, "verify the caller's identity", 8, 36),
						CriterionResult.missed("minimum-necessary")),
				explanation, "keyword-coverage-1");
	}

	static AnswerScored answerScoredWithGradedExamples() {
		AnswerScored plain = answerScored();
		ScoreExplanation.GradedExamplesLeanedOn leanedOn = new ScoreExplanation.GradedExamplesLeanedOn(
				6, 74, 85, List.of(
						new ScoreExplanation.CitedExample("a-0", "I check two identifiers and share only the results.",
								85, 0.82),
						new ScoreExplanation.CitedExample(null, "I verify who is calling.", 70, 0.77)));
		ScoreExplanation explanation = plain.explanation();
		return AnswerScored.of(answerSubmitted(), 2, 82, plain.competencyScores(), plain.criteria(),
				new ScoreExplanation(explanation.structure(), explanation.stepsInOrder(), explanation.specifics(),
						explanation.redFlags(), explanation.answerFlags(), explanation.capReasons(),
						explanation.strengths(), explanation.hints(), explanation.structureTip(), leanedOn),
				"rubric-credit-2");
	}

	static AnswerReviewed answerReviewed() {
		return AnswerReviewed.of(new AnswerReviewed.Review("a-1", "learner-7", "program-hit", "cohort-2026-spring",
				"hit-roi-verify-identity", 2, 1, 80, 65,
				List.of(new AnswerReviewed.ReviewedCriterion("verify-identity", Verdict.MET),
						new AnswerReviewed.ReviewedCriterion("minimum-necessary", Verdict.MISSED)),
				"Good start; say what you would not disclose.", "coach-1", "coach"));
	}

	static PracticeSessionStarted assignedSessionStarted() {
		return PracticeSessionStarted.of("s-2", "learner-7", "program-hit", "cohort-2026-spring",
				"health-information-technician", SessionMode.TARGETED, "as-1");
	}

	static CohortChanged cohortChanged() {
		return CohortChanged.of("program-hit", "cohort-2026-spring", "Spring 2026 evening", CohortChanged.Status.OPEN,
				List.of("coach-1"), 2, CohortChanged.Change.COACHES_CHANGED, "director-1");
	}

	static EnrolmentChanged enrolmentChanged() {
		return EnrolmentChanged.of("program-hit", "learner-7", "cohort-2026-spring", "health-information-technician",
				null, 3, EnrolmentChanged.Change.TARGET_ROLE_SET, "coach-1");
	}

	static EnrolmentChanged enrolmentRemoved() {
		return EnrolmentChanged.of("program-hit", "learner-7", null, null, null, 4, EnrolmentChanged.Change.REMOVED,
				"director-1");
	}

	static AssignmentChanged assignmentChanged() {
		return AssignmentChanged.of(new AssignmentChanged.Assignment("as-1", "program-hit", "cohort-2026-spring", null,
				"Week 3: release of information", SessionMode.TARGETED, null, List.of("release-of-information"), 3,
				Instant.parse("2026-03-20T23:59:00Z")), 1, AssignmentChanged.Change.ASSIGNED, "coach-1");
	}

	static LearnerDataRead learnerDataRead() {
		return LearnerDataRead.of("coach-3", "coach", "readyroom-web", "learner-profile", "program-hit",
				"cohort-2026-spring", "learner-7");
	}

	static LearnerDataRead programExported() {
		return LearnerDataRead.of("director-1", "director", "readyroom-web", "export-summary", "program-hit", null,
				null);
	}

	static LearnerErasureRequested learnerErasureRequested() {
		return LearnerErasureRequested.of("erasure-5f1c", "program-hit", "cohort-2026-spring", "learner-7",
				"director-1");
	}

	static LearnerErasureCompleted learnerErasureCompleted() {
		return LearnerErasureCompleted.of("erasure-5f1c", "program-hit", "scoring-service", 12);
	}

	static AnswerTextExpired answerTextExpired() {
		return AnswerTextExpired.of("program-hit", Instant.parse("2026-06-01T00:00:00Z"));
	}

	static List<ReadyroomEvent> all() {
		return List.of(questionVersionPublished(), practiceSessionStarted(), assignedSessionStarted(),
				practiceSessionCompleted(), answerSubmitted(), answerScored(), answerScoredWithGradedExamples(),
				answerReviewed(), cohortChanged(), enrolmentChanged(), enrolmentRemoved(), assignmentChanged(),
				learnerDataRead(), programExported(), learnerErasureRequested(), learnerErasureCompleted(),
				answerTextExpired());
	}

}
