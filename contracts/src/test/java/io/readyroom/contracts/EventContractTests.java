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
