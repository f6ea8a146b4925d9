package io.readyroom.support.kafka;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.kafka.config.TopicBuilder;

/**
 * Every Readyroom topic and its dead-letter topic, created at start-up if missing. A
 * dead-letter topic has as many partitions as its source so a record keeps its partition
 * number there. The question bank is compacted: the newest record per question version is
 * all that is needed.
 */
final class EventTopics {

	private EventTopics() {
	}

	static List<NewTopic> all(EventStreamProperties properties) {
		List<NewTopic> topics = new ArrayList<>();
		for (String topic : Topics.all()) {
			topics.add(builder(topic, properties).build());
			topics.add(builder(Topics.deadLetterOf(topic), properties).build());
		}
		topics.replaceAll((topic) -> Topics.compacted().contains(topic.name())
				? builder(topic.name(), properties).compact().build() : topic);
		return topics;
	}

	private static TopicBuilder builder(String name, EventStreamProperties properties) {
		return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
	}

}
