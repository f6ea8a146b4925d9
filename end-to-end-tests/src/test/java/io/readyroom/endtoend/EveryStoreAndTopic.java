package io.readyroom.endtoend;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.readyroom.local.LocalPlatform;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;

/**
 * Searches everything a running platform keeps for a piece of text: every document of
 * every collection of every service's database, and every record the broker still holds
 * on every topic, tombstones and dead letters included.
 */
final class EveryStoreAndTopic {

	private static final Set<String> SERVER_DATABASES = Set.of("admin", "local", "config");

	private final LocalPlatform platform;

	EveryStoreAndTopic(LocalPlatform platform) {
		this.platform = platform;
	}

	/** Each stored document whose JSON contains {@code text}, named by where it is. */
	List<String> documentsContaining(String text) {
		List<String> found = new ArrayList<>();
		try (MongoClient client = MongoClients.create(this.platform.mongoUri())) {
			for (String name : client.listDatabaseNames()) {
				if (SERVER_DATABASES.contains(name)) {
					continue;
				}
				MongoDatabase database = client.getDatabase(name);
				for (String collection : database.listCollectionNames()) {
					for (Document document : database.getCollection(collection).find()) {
						String json = document.toJson();
						if (json.contains(text)) {
							found.add(name + "." + collection + ": " + json);
						}
					}
				}
			}
		}
		return found;
	}

	/** Each record whose key or value contains {@code text}, named by where it is. */
	List<String> recordsContaining(String text) {
		List<String> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.platform.kafkaBootstrap()),
				new StringDeserializer(), new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.listTopics()
				.values()
				.stream()
				.flatMap(List::stream)
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			while (partitions.stream().anyMatch((partition) -> consumer.position(partition) < ends.get(partition))) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					if (contains(record.key(), text) || contains(record.value(), text)) {
						found.add(record.topic() + "-" + record.partition() + "@" + record.offset());
					}
				}
			}
		}
		return found;
	}

	private static boolean contains(String field, String text) {
		return field != null && field.contains(text);
	}

}
