package io.readyroom.analytics.xapi;

import java.util.List;

import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionEvent;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Queues statements from the events themselves, in a consumer group of its own, so a slow
 * or absent LRS never holds up the profiles and dashboards, and the statements do not
 * depend on how far those have got. Events of an erased learner queue nothing: they were
 * in flight when the learner was erased, or are delivered again.
 */
@Component
class XapiListener {

	static final String GROUP = "analytics-service-xapi";

	private final StatementOutbox outbox;

	private final ErasedLearners erased;

	XapiListener(StatementOutbox outbox, ErasedLearners erased) {
		this.outbox = outbox;
		this.erased = erased;
	}

	@KafkaListener(groupId = GROUP, topics = Topics.ANSWER_SCORES,
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerScored")
	void onScore(AnswerScored scored) {
		if (this.erased.isErased(scored.programId(), scored.learnerId())) {
			return;
		}
		this.outbox.queueAnswered(scored);
		this.erased.recheck(List.of(scored), AnswerScored::programId, AnswerScored::learnerId);
	}

	@KafkaListener(groupId = GROUP, topics = Topics.PRACTICE_SESSIONS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.PracticeSessionEvent")
	void onSession(PracticeSessionEvent event) {
		if (this.erased.isErased(event)) {
			return;
		}
		if (event instanceof PracticeSessionStarted started) {
			this.outbox.awaitCompletion(started);
		}
		else if (event instanceof PracticeSessionCompleted completed) {
			this.outbox.queueCompleted(completed);
		}
		this.erased.recheck(event);
	}

}
