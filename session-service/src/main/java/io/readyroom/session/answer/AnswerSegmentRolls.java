package io.readyroom.session.answer;

import io.readyroom.contracts.Topics;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rolls the answers topic's segments every erasure lag, so that answers erased or expired
 * on a partition nobody answers on still leave the broker's disk in time.
 */
@Component
class AnswerSegmentRolls {

	private final EventPublisher events;

	AnswerSegmentRolls(EventPublisher events) {
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${readyroom.events.erasure-lag:5m}",
			initialDelayString = "${readyroom.events.erasure-lag:5m}")
	void roll() {
		this.events.rollSegments(Topics.ANSWERS);
	}

}
