package io.readyroom.faults;

import java.util.List;
import java.util.Map;

import io.readyroom.contracts.Topics;
import org.apache.kafka.common.TopicPartition;

/**
 * The records waiting for the answer pipeline's consumers at one moment: the end offsets
 * of the answers topic (scoring-service's group) and of the answer-scores and sessions
 * topics (analytics-service's group). It is drained once both groups have committed up to
 * those offsets, i.e. processed everything that was there.
 */
final class Backlog {

	static final String SCORING_GROUP = "scoring-service";

	static final String ANALYTICS_GROUP = "analytics-service";

	private static final List<String> SCORING_TOPICS = List.of(Topics.ANSWERS);

	private static final List<String> ANALYTICS_TOPICS = List.of(Topics.ANSWER_SCORES, Topics.PRACTICE_SESSIONS);

	private final KafkaProbe kafka;

	private final Map<TopicPartition, Long> scoringEnds;

	private final Map<TopicPartition, Long> analyticsEnds;

	private Backlog(KafkaProbe kafka, Map<TopicPartition, Long> scoringEnds, Map<TopicPartition, Long> analyticsEnds) {
		this.kafka = kafka;
		this.scoringEnds = scoringEnds;
		this.analyticsEnds = analyticsEnds;
	}

	static Backlog now(KafkaProbe kafka) {
		return new Backlog(kafka, kafka.endOffsets(SCORING_TOPICS), kafka.endOffsets(ANALYTICS_TOPICS));
	}

	boolean drained() {
		return caughtUp(this.kafka.committed(SCORING_GROUP), this.scoringEnds)
				&& caughtUp(this.kafka.committed(ANALYTICS_GROUP), this.analyticsEnds);
	}

	private static boolean caughtUp(Map<TopicPartition, Long> committed, Map<TopicPartition, Long> ends) {
		return ends.entrySet()
			.stream()
			.allMatch((end) -> end.getValue() == 0 || committed.getOrDefault(end.getKey(), 0L) >= end.getValue());
	}

}
