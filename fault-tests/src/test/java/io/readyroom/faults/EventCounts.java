package io.readyroom.faults;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.readyroom.contracts.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Per answerId, what went over Kafka: the distinct {@code AnswerSubmitted} events
 * session-service published and the scores scoring-service published (a redelivery or
 * replay may score an answer again; the score must then be the same). Records that are
 * not JSON (the suite's own poison) are skipped.
 */
record EventCounts(Map<String, Set<String>> submittedEventIds, Map<String, Set<Integer>> scores,
		Map<String, Integer> scoreEvents) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static EventCounts notRead() {
		return new EventCounts(Map.of(), Map.of(), Map.of());
	}

	static EventCounts read(KafkaProbe kafka) {
		Map<String, Set<String>> submitted = new HashMap<>();
		for (JsonNode event : events(kafka.readAll(Topics.ANSWERS))) {
			submitted.computeIfAbsent(event.path("answerId").asString(), (key) -> new HashSet<>())
				.add(event.path("eventId").asString());
		}
		Map<String, Set<Integer>> scores = new HashMap<>();
		Map<String, Integer> scoreEvents = new HashMap<>();
		for (JsonNode event : events(kafka.readAll(Topics.ANSWER_SCORES))) {
			String answerId = event.path("answerId").asString();
			scores.computeIfAbsent(answerId, (key) -> new HashSet<>()).add(event.path("score").asInt());
			scoreEvents.merge(answerId, 1, Integer::sum);
		}
		return new EventCounts(submitted, scores, scoreEvents);
	}

	/** Answers session-service published as more than one event. */
	long publishedTwice(Set<String> answerIds) {
		return answerIds.stream().filter((id) -> this.submittedEventIds.getOrDefault(id, Set.of()).size() > 1).count();
	}

	/** Answers scored to different scores by different score events. */
	long scoredInconsistently(Set<String> answerIds) {
		return answerIds.stream().filter((id) -> this.scores.getOrDefault(id, Set.of()).size() > 1).count();
	}

	/**
	 * Acknowledged answers session-service never published: lost before scoring could see
	 * them.
	 */
	long neverPublished(Set<String> answerIds) {
		return answerIds.stream().filter((id) -> !this.submittedEventIds.containsKey(id)).count();
	}

	long scoreEventsOf(Set<String> answerIds) {
		return answerIds.stream().mapToLong((id) -> this.scoreEvents.getOrDefault(id, 0)).sum();
	}

	private static List<JsonNode> events(List<ConsumerRecord<byte[], byte[]>> records) {
		return records.stream().map(EventCounts::parsed).filter((node) -> node.has("answerId")).toList();
	}

	private static JsonNode parsed(ConsumerRecord<byte[], byte[]> record) {
		try {
			return (record.value() != null) ? JSON.readTree(record.value()) : JSON.createObjectNode();
		}
		catch (RuntimeException ex) {
			return JSON.createObjectNode();
		}
	}

}
