package io.readyroom.analytics.profile;

import java.util.List;

import io.readyroom.analytics.ReadableBatch;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.Topics;
import io.readyroom.support.tracing.RecordTraces;
import io.readyroom.support.tracing.RecordTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Consumes scores in batches, so a batch costs a few bulk writes and one fold per learner
 * rather than a write and a rebuild per score. One consumer per partition by default
 * ({@code readyroom.analytics.scores.consumers}): a learner's scores share a partition,
 * so the consumers fold different learners.
 */
@Component
class AnswerScoresListener {

	private final ScoreBatches batches;

	private final RecordTracing tracing;

	AnswerScoresListener(ScoreBatches batches, RecordTracing tracing) {
		this.batches = batches;
		this.tracing = tracing;
	}

	@KafkaListener(topics = Topics.ANSWER_SCORES, batch = "true",
			concurrency = "${readyroom.analytics.scores.consumers:${readyroom.events.partitions:6}}",
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerScored")
	void on(List<ConsumerRecord<String, AnswerScored>> records) {
		// a span per score, in the trace its answer started in, lasting while the batch
		// is folded
		try (RecordTraces traces = this.tracing.start("answer-scores", records, AnswerScored::answerId)) {
			record(records, traces);
		}
	}

	private void record(List<ConsumerRecord<String, AnswerScored>> records, RecordTraces traces) {
		ReadableBatch<AnswerScored> batch = ReadableBatch.of(records);
		try {
			this.batches.record(batch.values());
		}
		catch (RuntimeException ex) {
			// named at the batch's first record, the error handler retries from there
			// and,
			// should the failure outlast the retries, dead-letters that record alone, as
			// a
			// record listener would, instead of the whole batch
			traces.failed(records.get(0), ex);
			throw new BatchListenerFailedException("Scores not recorded: " + ex.getMessage(), ex, records.get(0));
		}
		batch.rejectUnreadable();
	}

}
