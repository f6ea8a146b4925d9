package io.readyroom.testsupport;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import static org.awaitility.Awaitility.await;

/**
 * Reads and writes topics the way an outside party would: raw strings, no Spring. Used to
 * watch what a service publishes and to feed it records, malformed ones included.
 */
public final class TopicProbe implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

	private TopicProbe(String bootstrapServers, String topic) {
		this.consumer = new KafkaConsumer<>(
				// a short fetch wait: a probe is polled until its record arrives, and the
				// default
				// 500 ms would add half a second to every await
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG,
						"probe-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
						ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 50),
				new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topic));
	}

	/** Watches {@code topic} from its beginning. */
	public static TopicProbe watch(String bootstrapServers, String topic) {
		return new TopicProbe(bootstrapServers, topic);
	}

	/**
	 * Waits until a record on the watched topic matches and returns it; tombstones are
	 * not records here ({@link #awaitTombstone}).
	 */
	public ConsumerRecord<String, String> awaitRecord(Predicate<ConsumerRecord<String, String>> matching) {
		return awaitAny(withValue().and(matching));
	}

	/** All records seen so far that match, tombstones left out. */
	public List<ConsumerRecord<String, String>> seen(Predicate<ConsumerRecord<String, String>> matching) {
		return seenAny(withValue().and(matching));
	}

	/** Waits until a tombstone for the key arrives on the watched topic. */
	public ConsumerRecord<String, String> awaitTombstone(String key) {
		return awaitAny(tombstoneOf(key));
	}

	/** The tombstones for the key seen so far. */
	public List<ConsumerRecord<String, String>> tombstonesOf(String key) {
		return seenAny(tombstoneOf(key));
	}

	private ConsumerRecord<String, String> awaitAny(Predicate<ConsumerRecord<String, String>> matching) {
		return await().atMost(Duration.ofSeconds(30)).until(() -> {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
			return this.seen.stream().filter(matching).findFirst();
		}, java.util.Optional::isPresent).orElseThrow();
	}

	private List<ConsumerRecord<String, String>> seenAny(Predicate<ConsumerRecord<String, String>> matching) {
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.seen::add);
		return this.seen.stream().filter(matching).toList();
	}

	private static Predicate<ConsumerRecord<String, String>> withValue() {
		return (record) -> record.value() != null;
	}

	private static Predicate<ConsumerRecord<String, String>> tombstoneOf(String key) {
		return (record) -> record.value() == null && key.equals(record.key());
	}

	/** Sends a raw value, waiting for the broker's acknowledgement. */
	public static void send(String bootstrapServers, String topic, String key, String value) {
		sendAll(bootstrapServers, List.of(new ProducerRecord<>(topic, key, value)));
	}

	/**
	 * Sends a raw value in a trace, as a traced service would: with the trace's
	 * {@code traceparent} header.
	 */
	public static void send(String bootstrapServers, String topic, String key, String value, TraceParent trace) {
		sendAll(bootstrapServers, List.of(traced(topic, key, value, trace)));
	}

	/** A record with the {@code traceparent} header of {@code trace}. */
	public static ProducerRecord<String, String> traced(String topic, String key, String value, TraceParent trace) {
		ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
		record.headers().add(TraceParent.HEADER, trace.header().getBytes(StandardCharsets.UTF_8));
		return record;
	}

	/**
	 * Sends records at once, so those for one partition usually reach the broker in one
	 * request and a consumer in one poll, and waits for the broker's acknowledgements.
	 */
	public static void sendAll(String bootstrapServers, List<ProducerRecord<String, String>> records) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
				new StringSerializer(), new StringSerializer())) {
			List<Future<RecordMetadata>> sends = records.stream().map(producer::send).toList();
			for (Future<RecordMetadata> send : sends) {
				send.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not send test records", ex);
		}
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}
