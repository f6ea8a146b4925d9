package io.readyroom.support.kafka;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

import org.springframework.kafka.config.TopicBuilder;

/**
 * Every Readyroom topic and its dead-letter topic, created at start-up if missing. A
 * dead-letter topic has as many partitions as its source so a record keeps its partition
 * number there. The question bank is compacted: the newest record per question version is
 * all that is needed. Erasable topics and their dead-letter topics are compacted too, and
 * roll and clean often enough that an erased record is gone from disk within the erasure
 * lag.
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
		topics.replaceAll((topic) -> isErasable(topic.name()) ? erasable(topic.name(), properties) : topic);
		return topics;
	}

	private static boolean isErasable(String name) {
		return Topics.erasable()
			.stream()
			.anyMatch((topic) -> name.equals(topic) || name.equals(Topics.deadLetterOf(topic)));
	}

	/**
	 * The cleaner never touches the active segment, so it must roll at least every
	 * erasure lag; the maximum compaction lag then has the cleaner compact it however
	 * little of it is dirty.
	 */
	private static NewTopic erasable(String name, EventStreamProperties properties) {
		String lag = Long.toString(properties.erasureLag().toMillis());
		return builder(name, properties).compact()
			.config(TopicConfig.SEGMENT_MS_CONFIG, lag)
			.config(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, lag)
			.config(TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, "0")
			.build();
	}

	private static TopicBuilder builder(String name, EventStreamProperties properties) {
		return TopicBuilder.name(name).partitions(properties.partitions()).replicas(properties.replicationFactor());
	}

}
