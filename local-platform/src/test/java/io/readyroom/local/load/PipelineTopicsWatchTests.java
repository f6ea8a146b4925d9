package io.readyroom.local.load;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load's own events: its scores by their learner key, its answers, keyed by their own
 * id, by the learner their value names.
 */
class PipelineTopicsWatchTests {

	@Test
	void anAnswerIsTheLoadsWhenItsValueNamesALoadLearner() {
		assertThat(PipelineTopicsWatch.ofTheLoad(answer("{\"answerId\":\"a-1\",\"learnerId\":\"load-learner-0007\"}")))
			.isTrue();
		assertThat(PipelineTopicsWatch.ofTheLoad(answer("{\"answerId\":\"a-2\",\"learnerId\":\"ana\"}"))).isFalse();
		assertThat(PipelineTopicsWatch.ofTheLoad(answer(null))).as("a tombstone").isFalse();
	}

	@Test
	void aScoreIsTheLoadsWhenItIsKeyedByALoadLearner() {
		assertThat(PipelineTopicsWatch.ofTheLoad(score("load-learner-0007"))).isTrue();
		assertThat(PipelineTopicsWatch.ofTheLoad(score("ana"))).isFalse();
	}

	private static ConsumerRecord<String, byte[]> answer(String value) {
		return new ConsumerRecord<>(PipelineTopicsWatch.ANSWERS, 0, 0, "a-1",
				(value != null) ? value.getBytes(StandardCharsets.UTF_8) : null);
	}

	private static ConsumerRecord<String, byte[]> score(String learnerId) {
		return new ConsumerRecord<>(PipelineTopicsWatch.ANSWER_SCORES, 0, 0, learnerId,
				"{}".getBytes(StandardCharsets.UTF_8));
	}

}
