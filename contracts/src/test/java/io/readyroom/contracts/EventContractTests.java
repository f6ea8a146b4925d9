package io.readyroom.contracts;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class EventContractTests {

	@Test
	void learnerEventsAreKeyedByLearnerSoTheyStayInOrder() {
		assertThat(SampleEvents.answerSubmitted().partitionKey()).isEqualTo("learner-7");
		assertThat(SampleEvents.answerScored().partitionKey()).isEqualTo("learner-7");
		assertThat(SampleEvents.answerReviewed().partitionKey()).isEqualTo("learner-7");
		assertThat(SampleEvents.practiceSessionStarted().partitionKey()).isEqualTo("learner-7");
	}

	@Test
	void questionVersionsAreKeyedByIdAndVersionSoCompactionKeepsEveryVersion() {
		assertThat(SampleEvents.questionVersionPublished().partitionKey()).isEqualTo("hit-roi-verify-identity@2");
	}

	@Test
	void membershipAndAssignmentsAreKeyedSoCompactionKeepsEachOnesLatestState() {
		assertThat(SampleEvents.enrolmentChanged().partitionKey()).isEqualTo("learner-7");
		assertThat(SampleEvents.cohortChanged().partitionKey()).isEqualTo("program-hit/cohort-2026-spring");
		assertThat(SampleEvents.assignmentChanged().partitionKey()).isEqualTo("program-hit/as-1");
		assertThat(Topics.compacted()).contains(Topics.COHORTS, Topics.ENROLMENTS, Topics.ASSIGNMENTS);
	}

	@Test
	void anEnrolmentNamesACohortUnlessTheLearnerWasRemoved() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EnrolmentChanged.of("p", "l", null, null, null, 1, EnrolmentChanged.Change.ENROLLED, "d"))
			.withMessageContaining("cohortId");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> EnrolmentChanged.of("p", "l", "c", null, null, 2, EnrolmentChanged.Change.REMOVED, "d"))
			.withMessageContaining("cohortId");
	}

	@Test
	void aMockInterviewCannotBeAssigned() {
		AssignmentChanged.Assignment interview = new AssignmentChanged.Assignment("as-1", "p", "c", null, "Mock",
				SessionMode.MOCK_INTERVIEW, null, List.of(), 5, Instant.now());

		assertThatIllegalArgumentException()
			.isThrownBy(() -> AssignmentChanged.of(interview, 1, AssignmentChanged.Change.ASSIGNED, "coach-1"))
			.withMessageContaining("practice set or a targeted drill");
	}

	@Test
	void aSessionStartedBeforeAssignmentsExistedStillReads() {
		String older = "{\"eventId\":\"e-1\",\"type\":\"PracticeSessionStarted\",\"schemaVersion\":1,"
				+ "\"occurredAt\":\"2026-01-01T00:00:00Z\",\"sessionId\":\"s-1\",\"learnerId\":\"l-1\","
				+ "\"programId\":\"p\",\"cohortId\":\"c\",\"roleTrack\":\"t\",\"mode\":\"targeted\"}";

		PracticeSessionStarted started = tools.jackson.databind.json.JsonMapper.builder()
			.build()
			.readValue(older, PracticeSessionStarted.class);

		assertThat(started.assignmentId()).isNull();
	}

	@Test
	void anEventOfTheWrongTypeCannotBeBuilt() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AnswerSubmitted("e-1", "AnswerScored", 1, Instant.now(), "a-1", "s-1", "l-1", null,
					"c-1", "q-1", 1, "text"))
			.withMessageContaining("type must be AnswerSubmitted");
	}

	@Test
	void aScoreOutsideZeroToOneHundredIsRefused() {
		AnswerSubmitted answer = SampleEvents.answerSubmitted();

		assertThatIllegalArgumentException()
			.isThrownBy(() -> AnswerScored.of(answer, 1, 120, List.of(), List.of(), null, "v1"))
			.withMessageContaining("between 0 and 100");
	}

	@Test
	void scoredAnswerCarriesTheAnswersIdentity() {
		AnswerSubmitted answer = SampleEvents.answerSubmitted();

		AnswerScored scored = AnswerScored.of(answer, answer.questionVersion(), 50, List.of(), List.of(), null, "v1");

		assertThat(scored.answerId()).isEqualTo(answer.answerId());
		assertThat(scored.questionVersion()).isEqualTo(answer.questionVersion());
		assertThat(scored.submittedAt()).isEqualTo(answer.occurredAt());
		assertThat(scored.eventId()).isNotEqualTo(answer.eventId());
	}

}
