package io.readyroom.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class LocalInfrastructureRestartIT {

	private static final String TOPIC = "readyroom.restart-check";

	private static final String GROUP = "restart-check";

	@TempDir
	Path dataDirectory;

	@TempDir
	Path project;

	@Test
	void topicsOffsetsAndDocumentsSurviveARestart() throws Exception {
		String clusterId;
		try (LocalPlatform platform = startInfrastructure()) {
			clusterId = clusterIdOf(platform);
			createTopic(platform);
			produce(platform, "learner-7", "answer-1 submitted");
			assertThat(consumeAndCommit(platform, GROUP)).containsExactly("answer-1 submitted");
			try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
				profiles(mongo).insertOne(new Document("_id", "learner-7").append("answerCount", 1));
			}
		}

		try (LocalPlatform platform = startInfrastructure()) {
			assertThat(clusterIdOf(platform)).as("the storage is not formatted again").isEqualTo(clusterId);
			try (Admin admin = admin(platform)) {
				assertThat(admin.listTopics().names().get()).contains(TOPIC);
				Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(GROUP)
					.partitionsToOffsetAndMetadata()
					.get();
				assertThat(offsets.get(new TopicPartition(TOPIC, 0)).offset()).isEqualTo(1);
			}
			assertThat(consumeAndCommit(platform, "after-restart")).containsExactly("answer-1 submitted");
			try (MongoClient mongo = MongoClients.create(platform.mongoUri())) {
				assertThat(profiles(mongo).find(Filters.eq("_id", "learner-7")).first()).containsEntry("answerCount",
						1);
			}
		}
	}

	@Test
	void aKafkaPortInUseIsReportedWithWhatToDoAboutIt() {
		try (LocalPlatform running = startInfrastructure()) {
			LocalPlatformSettings clash = infrastructureSettings(this.project.resolve("other-data"))
				.withKafkaPort(running.settings().kafkaPort());

			assertThatExceptionOfType(PlatformStartException.class).isThrownBy(() -> LocalPlatform.start(clash))
				.withMessageContaining("The Kafka broker did not start on localhost:" + clash.kafkaPort())
				.withMessageContaining("Address already in use")
				.withMessageContaining("--kafka-port");
		}
	}

	private LocalPlatform startInfrastructure() {
		return LocalPlatform.start(infrastructureSettings(this.dataDirectory));
	}

	private LocalPlatformSettings infrastructureSettings(Path data) {
		return LocalPlatformSettings.onFreePorts(data, this.project).withoutServices();
	}

	private static String clusterIdOf(LocalPlatform platform) throws Exception {
		try (Admin admin = admin(platform)) {
			return admin.describeCluster().clusterId().get();
		}
	}

	private static void createTopic(LocalPlatform platform) throws Exception {
		try (Admin admin = admin(platform)) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
		}
	}

	private static void produce(LocalPlatform platform, String key, String value) throws Exception {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap());
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(TOPIC, key, value)).get();
		}
	}

	private static List<String> consumeAndCommit(LocalPlatform platform, String group) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap(),
				ConsumerConfig.GROUP_ID_CONFIG, group, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<String> values = new CopyOnWriteArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(Set.of(TOPIC));
			await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					values.add(record.value());
				}
				assertThat(values).isNotEmpty();
			});
			consumer.commitSync();
		}
		return values;
	}

	private static Admin admin(LocalPlatform platform) {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrap()));
	}

	private static MongoCollection<Document> profiles(MongoClient mongo) {
		return mongo.getDatabase("restart-check").getCollection("profiles");
	}

}
