package io.readyroom.embedded.kafka;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedKafkaBrokerTests {

	@Test
	void aTemporaryBrokerTakesRecordsCreatesTopicsWithTheGivenPartitionsAndLeavesNoDirectory() throws Exception {
		Path directory;
		try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.startTemporary(3)) {
			try (KafkaProducer<String, String> producer = new KafkaProducer<>(
					Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(),
					new StringSerializer())) {
				producer.send(new ProducerRecord<>("first-use", "key", "value")).get();
			}
			try (Admin admin = Admin
				.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
				assertThat(
						admin.describeTopics(List.of("first-use")).allTopicNames().get().get("first-use").partitions())
					.hasSize(3);
				directory = Path.of(admin.describeConfigs(List.of(brokerConfig()))
					.all()
					.get()
					.get(brokerConfig())
					.get("log.dirs")
					.value());
			}
			assertThat(directory).isDirectory();
		}
		assertThat(Files.exists(directory)).isFalse();
	}

	private static ConfigResource brokerConfig() {
		return new ConfigResource(ConfigResource.Type.BROKER, Integer.toString(BrokerProperties.NODE_ID));
	}

}
