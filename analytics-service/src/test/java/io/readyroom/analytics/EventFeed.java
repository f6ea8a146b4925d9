package io.readyroom.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AssignmentChanged;
import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.LearnerDataEvent;
import io.readyroom.contracts.LearnerDataRead;
import io.readyroom.contracts.PracticeSessionEvent;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/**
 * Sends events to the service's topics with one producer, and tells when the service has
 * processed everything sent: its consumer group's committed offsets reach the end of
 * every partition.
 */
final class EventFeed implements AutoCloseable {

	private final String bootstrapServers;

	private final JsonMapper json;

	private final KafkaProducer<String, String> producer;

	EventFeed(String bootstrapServers, JsonMapper json) {
		this.bootstrapServers = bootstrapServers;
		this.json = json;
		this.producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer());
	}

	void send(List<? extends ReadyroomEvent> events) {
		for (ReadyroomEvent event : events) {
			this.producer
				.send(new ProducerRecord<>(topicOf(event), event.partitionKey(), this.json.writeValueAsString(event)));
		}
		this.producer.flush();
	}

	/**
	 * Sends a record without a value, as a compacted topic's producer removes what the
	 * key names.
	 */
	void sendTombstone(String topic, String key) {
		this.producer.send(new ProducerRecord<>(topic, key, null));
		this.producer.flush();
	}

	/**
	 * Waits until the service has committed every record now on the topics it consumes.
	 */
	void awaitProcessed() {
		awaitProcessed("analytics-service", Set.of(Topics.QUESTION_BANK, Topics.ANSWER_SCORES, Topics.ANSWER_REVIEWS,
				Topics.PRACTICE_SESSIONS, Topics.COHORTS, Topics.ENROLMENTS, Topics.ASSIGNMENTS));
	}

	/**
	 * Waits until the consumer group has committed every record now on the topics.
	 */
	void awaitProcessed(String groupId, Set<String> topics) {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers))) {
			Map<TopicPartition, OffsetSpec> latest = admin.describeTopics(topics)
				.allTopicNames()
				.get()
				.values()
				.stream()
				.flatMap((topic) -> topic.partitions()
					.stream()
					.map((partition) -> new TopicPartition(topic.name(), partition.partition())))
				.collect(Collectors.toMap((partition) -> partition, (partition) -> OffsetSpec.latest()));
			Map<TopicPartition, Long> ends = admin.listOffsets(latest)
				.all()
				.get()
				.entrySet()
				.stream()
				.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
			await().atMost(Duration.ofSeconds(60)).until(() -> {
				Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
					.partitionsToOffsetAndMetadata()
					.get();
				return ends.entrySet()
					.stream()
					.allMatch((end) -> end.getValue() == 0 || (committed.get(end.getKey()) != null
							&& committed.get(end.getKey()).offset() >= end.getValue()));
			});
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not read the consumer group's offsets", ex);
		}
	}

	static Instant minutesAgo(int minutes) {
		return Instant.now().minus(Duration.ofMinutes(minutes));
	}

	private static String topicOf(ReadyroomEvent event) {
		if (event instanceof AnswerScored) {
			return Topics.ANSWER_SCORES;
		}
		if (event instanceof AnswerReviewed) {
			return Topics.ANSWER_REVIEWS;
		}
		if (event instanceof PracticeSessionEvent) {
			return Topics.PRACTICE_SESSIONS;
		}
		if (event instanceof QuestionVersionPublished) {
			return Topics.QUESTION_BANK;
		}
		if (event instanceof CohortChanged) {
			return Topics.COHORTS;
		}
		if (event instanceof EnrolmentChanged) {
			return Topics.ENROLMENTS;
		}
		if (event instanceof AssignmentChanged) {
			return Topics.ASSIGNMENTS;
		}
		if (event instanceof LearnerDataEvent) {
			return Topics.LEARNER_DATA;
		}
		if (event instanceof LearnerDataRead) {
			return Topics.DATA_READS;
		}
		throw new IllegalArgumentException("No topic for " + event.type());
	}

	@Override
	public void close() {
		this.producer.close();
	}

}
