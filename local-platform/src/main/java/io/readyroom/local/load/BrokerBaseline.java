package io.readyroom.local.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the broker alone does on this machine: a plain producer sends records the size of
 * an answer event to a scratch topic, as safely as the services send (acks from all
 * replicas, idempotent), while a plain consumer reads them; the rate is records consumed
 * per second from the first send to the last read. The scratch topic, with as many
 * partitions as the answers' topic, is deleted afterwards.
 */
final class BrokerBaseline {

	static final int RECORDS = 20_000;

	private static final Duration TIMEOUT = Duration.ofSeconds(120);

	private final String bootstrap;

	BrokerBaseline(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	/**
	 * @param recordBytes the size of each record, key and value
	 * @return the records consumed over the time they took
	 */
	Throughput measure(int recordBytes) throws InterruptedException {
		String topic = "readyroom-load-baseline-" + UUID.randomUUID();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap))) {
			int partitions = admin.describeTopics(List.of(PipelineTopicsWatch.ANSWERS))
				.allTopicNames()
				.get(30, TimeUnit.SECONDS)
				.get(PipelineTopicsWatch.ANSWERS)
				.partitions()
				.size();
			admin.createTopics(List.of(new NewTopic(topic, partitions, (short) 1))).all().get(30, TimeUnit.SECONDS);
			try {
				return produceAndConsume(topic, partitions, recordBytes);
			}
			finally {
				admin.deleteTopics(Set.of(topic)).all().get(30, TimeUnit.SECONDS);
			}
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The broker baseline failed: " + ex.getMessage(), ex);
		}
	}

	private Throughput produceAndConsume(String topic, int partitions, int recordBytes) throws InterruptedException {
		try (KafkaConsumer<String, byte[]> consumer = consumer(); KafkaProducer<String, byte[]> producer = producer()) {
			List<TopicPartition> assigned = IntStream.range(0, partitions)
				.mapToObj((partition) -> new TopicPartition(topic, partition))
				.toList();
			consumer.assign(assigned);
			consumer.seekToBeginning(assigned);
			String keyPrefix = "load-learner-";
			byte[] value = new byte[Math.max(recordBytes - keyPrefix.length() - 4, 1)];
			Arrays.fill(value, (byte) 'x');
			Instant start = Instant.now();
			Thread sender = new Thread(() -> {
				for (int i = 0; i < RECORDS; i++) {
					producer.send(new ProducerRecord<>(topic, keyPrefix + "%04d".formatted(i % 1000), value));
				}
				producer.flush();
			}, "load-baseline-producer");
			sender.start();
			long consumed = 0;
			Instant deadline = start.plus(TIMEOUT);
			while (consumed < RECORDS && Instant.now().isBefore(deadline)) {
				consumed += consumer.poll(Duration.ofMillis(200)).count();
			}
			Instant end = Instant.now();
			sender.join(TIMEOUT.toMillis());
			return Throughput.between(consumed, start, end);
		}
	}

	private KafkaProducer<String, byte[]> producer() {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	private KafkaConsumer<String, byte[]> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class));
	}

}
