package io.readyroom.support.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.readyroom.embedded.kafka.EmbeddedKafkaBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lag read from a real broker: records written minus records the group committed,
 * with the pace between checks and the wait it gives.
 */
class ConsumerLagTests {

	private static final String TOPIC = "lag-probe";

	private static final String GROUP = "lag-probe-group";

	private static EmbeddedKafkaBroker broker;

	private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-07T10:00:00Z"));

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	@BeforeAll
	static void startBrokerWithRecords() throws Exception {
		broker = EmbeddedKafkaBroker.startTemporary(1);
		try (Admin admin = Admin
			.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
			admin.createTopics(List.of(new NewTopic(TOPIC, 2, (short) 1))).all().get();
		}
		send(30);
	}

	@AfterAll
	static void stopBroker() {
		broker.close();
	}

	@Test
	void recordsWrittenButNotCommittedAreWaitingAndThePaceBetweenChecksGivesTheirWait() throws Exception {
		try (ConsumerLag lag = new ConsumerLag(
				Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())), GROUP,
				Duration.ofSeconds(5), this.registry, clock())) {
			commit(0, 5);

			lag.check();
			assertThat(lag.of(TOPIC)).hasValueSatisfying((topic) -> {
				// partition 1 was never committed on, so all it holds is waiting
				assertThat(topic.waiting()).isEqualTo(25);
				assertThat(topic.estimatedWait()).as("no pace seen yet").isEmpty();
			});
			assertThat(gauge("readyroom.consumer.lag")).isEqualTo(25);
			assertThat(gauge("readyroom.consumer.lag.wait")).isNaN();

			this.now.set(this.now.get().plusSeconds(10));
			commit(0, 15);
			lag.check();
			assertThat(lag.of(TOPIC)).hasValueSatisfying((topic) -> {
				assertThat(topic.waiting()).isEqualTo(15);
				assertThat(topic.consumedPerSecond()).isEqualTo(1.0);
				assertThat(topic.estimatedWait()).hasValue(Duration.ofSeconds(15));
			});
			assertThat(gauge("readyroom.consumer.lag")).isEqualTo(15);
			assertThat(gauge("readyroom.consumer.lag.wait")).isEqualTo(15);
		}
	}

	@Test
	void operatorsScrapeTheLagUnderTheNamesTheAlertUses() throws Exception {
		PrometheusMeterRegistry prometheus = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
		try (ConsumerLag lag = new ConsumerLag(
				Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())), GROUP,
				Duration.ofSeconds(5), prometheus, clock())) {
			commit(0, 5);
			lag.check();
			assertThat(prometheus.scrape())
				.containsPattern("readyroom_consumer_lag_records\\{group=\"lag-probe-group\",topic=\"lag-probe\"} \\d")
				.contains("readyroom_consumer_lag_wait_seconds{group=\"lag-probe-group\",topic=\"lag-probe\"}");
		}
	}

	@Test
	void aTopicTheGroupNeverReadHasNoLagToReport() throws Exception {
		try (ConsumerLag lag = new ConsumerLag(
				Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers())),
				"a-group-that-read-nothing", Duration.ofSeconds(5), this.registry, clock())) {
			lag.check();
			assertThat(lag.of(TOPIC)).isEmpty();
		}
	}

	private static void send(int records) throws Exception {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			for (int i = 0; i < records; i++) {
				// partition 0 takes 20, partition 1 takes 10
				producer.send(new ProducerRecord<>(TOPIC, (i % 3 == 2) ? 1 : 0, null, "record " + i)).get();
			}
		}
	}

	private static void commit(int partition, long offset) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of("bootstrap.servers", broker.bootstrapServers(), "group.id", GROUP), new StringDeserializer(),
				new StringDeserializer())) {
			consumer.commitSync(Map.of(new TopicPartition(TOPIC, partition), new OffsetAndMetadata(offset)));
		}
	}

	private double gauge(String name) {
		return this.registry.get(name).tag("topic", TOPIC).tag("group", GROUP).gauge().value();
	}

	private Clock clock() {
		return new Clock() {

			@Override
			public Instant instant() {
				return ConsumerLagTests.this.now.get();
			}

			@Override
			public java.time.ZoneId getZone() {
				return ZoneOffset.UTC;
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				return this;
			}

		};
	}

}
