package io.readyroom.local.load;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the pipeline's own topics from where they stood when the load began, outside any
 * consumer group: how many of the load learners' answers were scored and when the last
 * score was published, and how large their answer events are, which the broker baseline
 * copies.
 */
final class PipelineTopicsWatch implements AutoCloseable {

	static final String ANSWERS = "readyroom.answers";

	static final String ANSWER_SCORES = "readyroom.answer-scores";

	private static final String LOAD_LEARNER = "load-learner-";

	private final KafkaConsumer<String, byte[]> consumer;

	private final Thread reader;

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicLong scored = new AtomicLong();

	private final AtomicReference<Instant> lastScoredAt = new AtomicReference<>();

	private final AtomicLong answerEvents = new AtomicLong();

	private final AtomicLong answerEventBytes = new AtomicLong();

	private PipelineTopicsWatch(KafkaConsumer<String, byte[]> consumer) {
		this.consumer = consumer;
		this.reader = new Thread(this::read, "load-pipeline-topics");
		this.reader.setDaemon(true);
	}

	/** Starts reading at the topics' ends, so only what comes after counts. */
	static PipelineTopicsWatch start(String bootstrap) {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
						false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
						ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
		List<TopicPartition> partitions = List.of(ANSWERS, ANSWER_SCORES)
			.stream()
			.flatMap((topic) -> consumer.partitionsFor(topic, Duration.ofSeconds(10))
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition())))
			.toList();
		consumer.assign(partitions);
		consumer.seekToEnd(partitions);
		// the position is looked up lazily; taking it now fixes the start before the load
		partitions.forEach(consumer::position);
		PipelineTopicsWatch watch = new PipelineTopicsWatch(consumer);
		watch.reader.start();
		return watch;
	}

	long scored() {
		return this.scored.get();
	}

	/** When the last of the load's scores was published; null before the first. */
	Instant lastScoredAt() {
		return this.lastScoredAt.get();
	}

	/**
	 * The mean size of the load's answer events, key and value; 0 before the first.
	 */
	int meanAnswerEventBytes() {
		long events = this.answerEvents.get();
		return (events == 0) ? 0 : (int) (this.answerEventBytes.get() / events);
	}

	private void read() {
		try {
			while (this.running.get()) {
				for (ConsumerRecord<String, byte[]> record : this.consumer.poll(Duration.ofMillis(200))) {
					if (ofTheLoad(record)) {
						take(record);
					}
				}
			}
		}
		catch (WakeupException ex) {
			// closing
		}
		finally {
			this.consumer.close();
		}
	}

	/**
	 * Scores are keyed by learner; answers by their own id, on their learner's partition,
	 * so an answer's learner is read from its value.
	 */
	static boolean ofTheLoad(ConsumerRecord<String, byte[]> record) {
		if (record.topic().equals(ANSWER_SCORES)) {
			return record.key() != null && record.key().startsWith(LOAD_LEARNER);
		}
		return record.value() != null
				&& new String(record.value(), StandardCharsets.UTF_8).contains("\"learnerId\":\"" + LOAD_LEARNER);
	}

	private void take(ConsumerRecord<String, byte[]> record) {
		if (record.topic().equals(ANSWER_SCORES)) {
			this.scored.incrementAndGet();
			this.lastScoredAt.accumulateAndGet(Instant.ofEpochMilli(record.timestamp()),
					(last, next) -> (last == null || next.isAfter(last)) ? next : last);
		}
		else {
			this.answerEvents.incrementAndGet();
			this.answerEventBytes.addAndGet(record.serializedKeySize() + record.serializedValueSize());
		}
	}

	@Override
	public void close() {
		this.running.set(false);
		this.consumer.wakeup();
		try {
			this.reader.join(5_000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
