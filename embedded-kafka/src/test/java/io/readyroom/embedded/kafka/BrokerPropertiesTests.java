package io.readyroom.embedded.kafka;

import java.nio.file.Path;
import java.util.Map;

import kafka.server.KafkaConfig;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrokerPropertiesTests {

	private final BrokerProperties properties = new BrokerProperties(Path.of("/data/kafka"), "127.0.0.1", 19092, 19093);

	@Test
	void oneNodeIsBothBrokerAndItsOwnControllerQuorum() {
		Map<String, String> map = this.properties.asMap();

		assertThat(map).containsEntry("process.roles", "broker,controller")
			.containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
			.containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093");
	}

	@Test
	void onAllInterfacesOnlyTheClientListenerOpensAndTheControllerStaysOnLoopback() {
		Map<String, String> map = new BrokerProperties(Path.of("/data/kafka"), "0.0.0.0", 19092, 19093).asMap();

		assertThat(map).containsEntry("listeners", "PLAINTEXT://0.0.0.0:19092,CONTROLLER://127.0.0.1:19093");
	}

	@Test
	void clientsAreToldToConnectToLocalhost() {
		assertThat(this.properties.asMap()).containsEntry("advertised.listeners", "PLAINTEXT://localhost:19092");
		assertThat(this.properties.bootstrapServers()).isEqualTo("localhost:19092");
	}

	@Test
	void internalTopicsNeedNoMoreReplicasThanTheOneBroker() {
		assertThat(this.properties.asMap()).containsEntry("offsets.topic.replication.factor", "1")
			.containsEntry("transaction.state.log.replication.factor", "1")
			.containsEntry("transaction.state.log.min.isr", "1")
			.containsEntry("share.coordinator.state.topic.replication.factor", "1");
	}

	@Test
	void dataLivesInTheGivenDirectoryAndIsNeverExpired() {
		assertThat(this.properties.asMap()).containsEntry("log.dirs", "/data/kafka")
			.containsEntry("log.retention.ms", "-1");
	}

	@Test
	void kafkaAcceptsTheConfiguration() {
		KafkaConfig config = new KafkaConfig(this.properties.asMap(), false);

		assertThat(config.nodeId()).isEqualTo(1);
		assertThat(config.metadataLogDir()).isEqualTo("/data/kafka");
	}

}
