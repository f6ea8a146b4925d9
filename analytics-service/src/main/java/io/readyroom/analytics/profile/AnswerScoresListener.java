package io.readyroom.analytics.profile;

import java.util.List;

import io.readyroom.analytics.ReadableBatch;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Consumes scores in batches, so a batch costs a few bulk writes and one fold per learner
 * rather than a write and a rebuild per score.
 */
@Component
class AnswerScoresListener {

	private final ScoreBatches batches;

	AnswerScoresListener(ScoreBatches batches) {
		this.batches = batches;
	}

	@KafkaListener(topics = Topics.ANSWER_SCORES, batch = "true",
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerScored")
	void on(List<ConsumerRecord<String, AnswerScored>> records) {
		ReadableBatch<AnswerScored> batch = ReadableBatch.of(records);
		this.batches.record(batch.values());
		batch.rejectUnreadable();
	}

}
