package io.readyroom.scoring.answer;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AnswerListener {

	private final AnswerScoring scoring;

	AnswerListener(AnswerScoring scoring) {
		this.scoring = scoring;
	}

	@KafkaListener(topics = Topics.ANSWERS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerSubmitted")
	void on(AnswerSubmitted answer) {
		this.scoring.score(answer);
	}

}
