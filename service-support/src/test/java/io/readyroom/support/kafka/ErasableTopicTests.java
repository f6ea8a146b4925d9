package io.readyroom.support.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.Topics;
import io.readyroom.embedded.kafka.EmbeddedKafkaBroker;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Erasing answers on a real broker: from the tombstones on, a consumer reading the topic
 * finds no erased answer, and once a segment roll has moved the tombstones out of the
 * active segment, the broker's cleaner removes the answers' bytes from disk.
 */
class ErasableTopicTests {

	private static final EventStreamProperties PROPERTIES = new EventStreamProperties(3, (short) 1,
			Duration.ofSeconds(10), Duration.ofMinutes(2), Duration.ofSeconds(5), Duration.ofSeconds(1));

	private static EmbeddedKafkaBroker broker;

	private static DefaultKafkaProducerFactory<Object, Object> producers;

	private static EventPublisher publisher;

	@BeforeAll
	static void startBrokerWithTheAnswersTopic() throws Exception {
		broker = EmbeddedKafkaBroker.startTemporary(1);
		List<String> answerTopics = List.of(Topics.ANSWERS, Topics.deadLetterOf(Topics.ANSWERS));
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			List<NewTopic> topics = EventTopics.all(PROPERTIES)
				.stream()
				.filter((topic) -> answerTopics.contains(topic.name()))
				.toList();
			admin.createTopics(topics).all().get();
		}
		producers = new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				broker.bootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, JacksonJsonSerializer.class));
		publisher = new EventPublisher(new KafkaTemplate<>(producers), PROPERTIES);
	}

	@AfterAll
	static void stopBroker() {
		producers.destroy();
		broker.close();
	}

	@Test
	void eachAnswerIsKeyedByItsIdOnItsLearnersPartition() {
		List<AnswerSubmitted> answers = List.of(answer("lina", "First words"), answer("lina", "Second words"),
				answer("lina", "Third words"));
		publisher.publishAll(Topics.ANSWERS, answers);

		List<ConsumerRecord<String, String>> records = readAll(Topics.ANSWERS).stream()
			.filter((record) -> record.value() != null && record.value().contains("\"learnerId\":\"lina\""))
			.toList();
		assertThat(records).extracting(ConsumerRecord::key)
			.containsExactlyElementsOf(answers.stream().map(AnswerSubmitted::answerId).toList());
		assertThat(records).extracting(ConsumerRecord::partition).containsOnly(records.get(0).partition());
	}

	@Test
	void erasedAnswersAreGoneForReadersAtOnceAndFromTheBrokersDiskAfterASegmentRoll() {
		String erinsWords = "Erin's own words " + UUID.randomUUID();
		String amysWords = "Amy's own words " + UUID.randomUUID();
		AnswerSubmitted erins = answer("erin", erinsWords);
		AnswerSubmitted erinsSecond = answer("erin", erinsWords + ", again");
		publisher.publishAll(Topics.ANSWERS, List.of(erins, answer("amy", amysWords), erinsSecond));

		publisher.eraseRecords(Topics.ANSWERS, "erin", List.of(erins.answerId(), erinsSecond.answerId()));

		Map<String, String> latest = latestValueByKey(readAll(Topics.ANSWERS));
		assertThat(latest).containsEntry(erins.answerId(), null).containsEntry(erinsSecond.answerId(), null);
		assertThat(latest.values()).anySatisfy((value) -> assertThat(value).contains(amysWords));
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(1500)).untilAsserted(() -> {
			publisher.rollSegments(Topics.ANSWERS);
			assertThat(readAll(Topics.ANSWERS))
				.noneSatisfy((record) -> assertThat(record.value()).isNotNull().contains(erinsWords));
		});
		assertThat(readAll(Topics.ANSWERS)).anySatisfy((record) -> assertThat(record.value()).contains(amysWords));
	}

	private static AnswerSubmitted answer(String learnerId, String text) {
		return AnswerSubmitted.of(UUID.randomUUID().toString(), "session-" + learnerId, learnerId, "program-a",
				"cohort-a", "hit-roi-process", 1, text);
	}

	private static Map<String, String> latestValueByKey(List<ConsumerRecord<String, String>> records) {
		Map<String, String> latest = new HashMap<>();
		records.forEach((record) -> latest.put(record.key(), record.value()));
		return latest;
	}

	/** Every record the broker still has on the topic, tombstones included. */
	private static List<ConsumerRecord<String, String>> readAll(String topic) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(topic)
				.stream()
				.map((info) -> new TopicPartition(topic, info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
			return records;
		}
	}

}
