package io.readyroom.scoring.backlog;

import io.readyroom.contracts.Topics;
import io.readyroom.support.kafka.ConsumerLag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scoring's backlog for anyone signed in: the practice page shows a learner waiting for
 * feedback how long it should take. It names no learner and no answer.
 */
@RestController
class BacklogController {

	private final ConsumerLag lag;

	BacklogController(ConsumerLag lag) {
		this.lag = lag;
	}

	@GetMapping("/api/scoring/backlog")
	ScoringBacklog backlog() {
		return this.lag.of(Topics.ANSWERS).map(ScoringBacklog::of).orElseGet(ScoringBacklog::notMeasured);
	}

}
