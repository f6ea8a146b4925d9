package io.readyroom.faults;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * Poison records: bytes that are not JSON, sent to a topic the services consume. Each
 * consuming group must send one to {@code <topic>.dlt} on its first attempt (the service
 * logs no second attempt at it) and go on past it on the same partition.
 */
final class Poison {

	/**
	 * Who consumes which topic: each of these groups must dead-letter a poison record.
	 */
	static final Map<String, Set<String>> CONSUMERS = Map.of(Topics.QUESTION_BANK,
			Set.of(Backlog.SCORING_GROUP, Backlog.ANALYTICS_GROUP), Topics.PRACTICE_SESSIONS,
			Set.of(Backlog.ANALYTICS_GROUP), Topics.ANSWERS, Set.of(Backlog.SCORING_GROUP), Topics.ANSWER_SCORES,
			Set.of(Backlog.ANALYTICS_GROUP), Topics.ANSWER_REVIEWS, Set.of(Backlog.ANALYTICS_GROUP), Topics.COHORTS,
			Set.of(Backlog.SCORING_GROUP, Backlog.ANALYTICS_GROUP), Topics.ENROLMENTS,
			Set.of(Backlog.SCORING_GROUP, Backlog.ANALYTICS_GROUP), Topics.ASSIGNMENTS,
			Set.of(Backlog.ANALYTICS_GROUP));

	private static final byte[] NOT_JSON = "{\"eventId\": \"poison, cut off here".getBytes(StandardCharsets.UTF_8);

	private static final Pattern LATER_ATTEMPT = Pattern.compile("Attempt (\\d+) at (\\S+)-(\\d+)@(\\d+) failed");

	private final KafkaProbe kafka;

	Poison(KafkaProbe kafka) {
		this.kafka = kafka;
	}

	/**
	 * @param learnerKey the key of a learner still practising, so the poison shares a
	 * partition with records that must keep flowing; compacted topics, which are keyed
	 * otherwise, get a key of their own
	 */
	List<Sent> send(List<String> topics, String learnerKey) {
		List<ProducerRecord<byte[], byte[]>> records = topics.stream()
			.map((topic) -> new ProducerRecord<>(topic, keyFor(topic, learnerKey).getBytes(StandardCharsets.UTF_8),
					NOT_JSON))
			.toList();
		return this.kafka.send(records)
			.stream()
			.map((sent) -> new Sent(sent.topic(), sent.partition(), sent.offset()))
			.toList();
	}

	/** Whether every consuming group has dead-lettered the record and gone past it. */
	boolean handled(Sent poison) {
		return problemsWith(poison, List.of()).isEmpty();
	}

	/**
	 * @param logs the consuming services' logs, searched for a second attempt at the
	 * record
	 * @return what is wrong with how the record was handled; empty when nothing is
	 */
	List<String> problemsWith(Sent poison, List<Path> logs) {
		List<String> problems = new ArrayList<>();
		Set<String> expected = CONSUMERS.get(poison.topic());
		Set<String> deadLettered = deadLetteringGroups(poison);
		if (!deadLettered.containsAll(expected)) {
			problems.add(poison + ": dead-lettered by " + deadLettered + ", expected " + expected);
		}
		TopicPartition partition = new TopicPartition(poison.topic(), poison.partition());
		for (String group : expected) {
			long committed = this.kafka.committed(group).getOrDefault(partition, -1L);
			if (committed <= poison.offset()) {
				problems.add(poison + ": " + group + " committed " + committed + ", not past the poison");
			}
		}
		for (Path log : logs) {
			if (triedAgain(poison, log)) {
				problems.add(poison + ": tried more than once, see " + log);
			}
		}
		return problems;
	}

	private Set<String> deadLetteringGroups(Sent poison) {
		return this.kafka.readAll(Topics.deadLetterOf(poison.topic()))
			.stream()
			.filter((record) -> record.partition() == poison.partition()
					&& longHeader(record, "kafka_dlt-original-offset") == poison.offset())
			.map((record) -> stringHeader(record, "kafka_dlt-original-consumer-group"))
			.collect(Collectors.toSet());
	}

	private static boolean triedAgain(Sent poison, Path log) {
		try {
			if (!Files.exists(log)) {
				return false;
			}
			try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
				return lines.map(LATER_ATTEMPT::matcher).filter(Matcher::find).anyMatch((attempt) -> {
					return Integer.parseInt(attempt.group(1)) > 1 && attempt.group(2).equals(poison.topic())
							&& Integer.parseInt(attempt.group(3)) == poison.partition()
							&& Long.parseLong(attempt.group(4)) == poison.offset();
				});
			}
		}
		catch (java.io.IOException | java.io.UncheckedIOException ex) {
			throw new IllegalStateException("Cannot read " + log, ex);
		}
	}

	private static long longHeader(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null && header.value().length == Long.BYTES) ? ByteBuffer.wrap(header.value()).getLong() : -1;
	}

	private static String stringHeader(ConsumerRecord<byte[], byte[]> record, String name) {
		Header header = record.headers().lastHeader(name);
		return (header != null) ? new String(header.value(), StandardCharsets.UTF_8) : "";
	}

	private static String keyFor(String topic, String learnerKey) {
		return Topics.compacted().contains(topic) ? "poison-" + UUID.randomUUID() : learnerKey;
	}

	/** A poison record as the broker stored it. */
	record Sent(String topic, int partition, long offset) {

		@Override
		public String toString() {
			return this.topic + "-" + this.partition + "@" + this.offset;
		}

	}

}
