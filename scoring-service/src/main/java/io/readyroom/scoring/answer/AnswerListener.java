package io.readyroom.scoring.answer;

import java.util.List;
import java.util.Objects;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.Topics;
import io.readyroom.support.kafka.UnprocessableEventException;
import io.readyroom.support.tracing.RecordTraces;
import io.readyroom.support.tracing.RecordTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;

import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;
import org.springframework.stereotype.Component;

/**
 * Scores the answers of each poll together. A record that fails is named to the error
 * handler, so the records before it are committed, it alone is retried or dead-lettered,
 * and the records after it come again in the next batch. Tombstones of erased or expired
 * answers are passed over.
 */
@Component
class AnswerListener {

	private static final LogAccessor log = new LogAccessor(AnswerListener.class);

	private final AnswerScoring scoring;

	private final RecordTracing tracing;

	AnswerListener(AnswerScoring scoring, RecordTracing tracing) {
		this.scoring = scoring;
		this.tracing = tracing;
	}

	/**
	 * A batch is one poll: at most 100 answers (service-support's client policy), which a
	 * loaded machine still scores well within {@code max.poll.interval.ms}.
	 */
	@KafkaListener(id = "answers", idIsGroup = false, topics = Topics.ANSWERS, batch = "true",
			concurrency = "#{@answerConsumers.count()}",
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerSubmitted")
	void on(List<ConsumerRecord<String, @Nullable AnswerSubmitted>> batch) {
		try (RecordTraces traces = this.tracing.start("answers", batch, AnswerSubmitted::answerId)) {
			score(batch, traces);
		}
	}

	/**
	 * Each answer's score is sent in the trace of the answer's record, so it carries that
	 * trace on to analytics.
	 */
	private void score(List<ConsumerRecord<String, @Nullable AnswerSubmitted>> batch, RecordTraces traces) {
		int readable = readableBefore(batch);
		List<ConsumerRecord<String, @Nullable AnswerSubmitted>> answers = batch.subList(0, readable)
			.stream()
			.filter((record) -> !isTombstone(record))
			.toList();
		try {
			this.scoring.scoreAll(answers.stream().map(AnswerListener::answer).toList(),
					(score, send) -> traces.within(score.answerId(), send));
		}
		catch (RubricNotKnownException ex) {
			throw failed(answers.get(ex.position()), ex, traces);
		}
		if (readable < batch.size()) {
			ConsumerRecord<?, ?> unreadable = batch.get(readable);
			throw failed(unreadable, whyUnreadable(unreadable), traces);
		}
	}

	private static AnswerSubmitted answer(ConsumerRecord<String, @Nullable AnswerSubmitted> record) {
		return Objects.requireNonNull(record.value(), "tombstones are left out before scoring");
	}

	private static BatchListenerFailedException failed(ConsumerRecord<?, ?> record, Exception reason,
			RecordTraces traces) {
		traces.failed(record, reason);
		return new BatchListenerFailedException(reason.getMessage(), reason, record);
	}

	/**
	 * How many records at the start of the batch could be read; tombstones among them
	 * count as read.
	 */
	private static int readableBefore(List<ConsumerRecord<String, @Nullable AnswerSubmitted>> batch) {
		for (int i = 0; i < batch.size(); i++) {
			if (batch.get(i).value() == null && !isTombstone(batch.get(i))) {
				return i;
			}
		}
		return batch.size();
	}

	/**
	 * Session service erases an answer from the compacted topic with a record without a
	 * value: there is nothing to score, and nothing wrong. The deserializer hands on a
	 * record it could not read without a value too, but with its failure in a header.
	 */
	private static boolean isTombstone(ConsumerRecord<?, ?> record) {
		return record.value() == null
				&& record.headers().lastHeader(SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER) == null;
	}

	/** The deserializer's failure, which the error handler does not retry. */
	private static Exception whyUnreadable(ConsumerRecord<?, ?> record) {
		DeserializationException failure = SerializationUtils.getExceptionFromHeader(record,
				SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, log);
		return (failure != null) ? failure : new UnprocessableEventException("An unreadable answer record");
	}

}
