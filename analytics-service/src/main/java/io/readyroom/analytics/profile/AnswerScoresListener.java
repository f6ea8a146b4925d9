package io.readyroom.analytics.profile;

import io.readyroom.analytics.score.ScoreRecorder;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AnswerScoresListener {

	private final ScoreRecorder scores;

	private final LearnerProfiles profiles;

	AnswerScoresListener(ScoreRecorder scores, LearnerProfiles profiles) {
		this.scores = scores;
		this.profiles = profiles;
	}

	@KafkaListener(topics = Topics.ANSWER_SCORES,
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerScored")
	void on(AnswerScored scored) {
		this.scores.record(scored);
		this.profiles.refreshCompetencies(scored);
	}

}
