package io.readyroom.faults;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * What the suite asks of the broker directly, as an outside observer: every record of a
 * topic as it is now, end offsets, a consumer group's committed offsets, and sending
 * records (poison, replays). Reads use no consumer group, so they move nobody's offsets.
 */
final class KafkaProbe {

	private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);

	private final String bootstrap;

	KafkaProbe(String bootstrap) {
		this.bootstrap = bootstrap;
	}

	/** Every record of the topic up to its end offsets at the time of the call. */
	List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
		Map<TopicPartition, Long> ends = endOffsets(List.of(topic));
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerSettings())) {
			consumer.assign(ends.keySet());
			consumer.seekToBeginning(ends.keySet());
			long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
			while (!reached(consumer, ends)) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("Could not read " + topic + " to its end within 2 minutes");
				}
				consumer.poll(Duration.ofMillis(500)).forEach((record) -> {
					if (record.offset() < ends.get(new TopicPartition(record.topic(), record.partition()))) {
						records.add(record);
					}
				});
			}
		}
		return records;
	}

	Map<TopicPartition, Long> endOffsets(List<String> topics) {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetSpec> request = new HashMap<>();
			Map<String, TopicDescription> descriptions = admin.describeTopics(topics)
				.allTopicNames()
				.get(30, TimeUnit.SECONDS);
			descriptions.values()
				.forEach((description) -> description.partitions()
					.forEach((partition) -> request.put(new TopicPartition(description.name(), partition.partition()),
							OffsetSpec.latest())));
			Map<TopicPartition, Long> ends = new HashMap<>();
			admin.listOffsets(request)
				.all()
				.get(30, TimeUnit.SECONDS)
				.forEach((partition, info) -> ends.put(partition, offsetOf(info)));
			return ends;
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			throw failure("end offsets of " + topics, ex);
		}
	}

	/** The group's committed offsets, the next record it will process per partition. */
	Map<TopicPartition, Long> committed(String group) {
		try (Admin admin = admin()) {
			Map<TopicPartition, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group)
				.partitionsToOffsetAndMetadata()
				.get(30, TimeUnit.SECONDS);
			Map<TopicPartition, Long> committed = new HashMap<>();
			offsets.forEach((partition, offset) -> {
				if (offset != null) {
					committed.put(partition, offset.offset());
				}
			});
			return committed;
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			throw failure("committed offsets of " + group, ex);
		}
	}

	/**
	 * How many partitions the group's members whose client id starts so hold right now.
	 */
	long partitionsHeldBy(String group, String clientIdPrefix) {
		try (Admin admin = admin()) {
			return admin.describeConsumerGroups(List.of(group))
				.describedGroups()
				.get(group)
				.get(30, TimeUnit.SECONDS)
				.members()
				.stream()
				.filter((member) -> member.clientId().startsWith(clientIdPrefix))
				.mapToLong((member) -> member.assignment().topicPartitions().size())
				.sum();
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			throw failure("members of " + group, ex);
		}
	}

	/** Sends the records and waits for the broker's acknowledgement of each. */
	List<RecordMetadata> send(List<ProducerRecord<byte[], byte[]>> records) {
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings())) {
			List<java.util.concurrent.Future<RecordMetadata>> sent = records.stream().map(producer::send).toList();
			producer.flush();
			List<RecordMetadata> acknowledged = new ArrayList<>();
			for (java.util.concurrent.Future<RecordMetadata> future : sent) {
				acknowledged.add(future.get(CALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
			}
			return acknowledged;
		}
		catch (InterruptedException | ExecutionException | TimeoutException ex) {
			throw failure("sending " + records.size() + " records", ex);
		}
	}

	private static boolean reached(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
		return ends.entrySet().stream().allMatch((end) -> consumer.position(end.getKey()) >= end.getValue());
	}

	private static long offsetOf(ListOffsetsResult.ListOffsetsResultInfo info) {
		return info.offset();
	}

	private Admin admin() {
		return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap,
				AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) CALL_TIMEOUT.toMillis()));
	}

	private Map<String, Object> consumerSettings() {
		return Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
				false, ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
				ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 2000);
	}

	private Map<String, Object> producerSettings() {
		return Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap, ProducerConfig.ACKS_CONFIG, "all",
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
	}

	private static IllegalStateException failure(String what, Exception ex) {
		if (ex instanceof InterruptedException) {
			Thread.currentThread().interrupt();
		}
		return new IllegalStateException("Kafka: " + what + " failed", ex);
	}

}
