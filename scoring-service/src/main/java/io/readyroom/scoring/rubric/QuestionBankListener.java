package io.readyroom.scoring.rubric;

import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class QuestionBankListener {

	private final Rubrics rubrics;

	QuestionBankListener(Rubrics rubrics) {
		this.rubrics = rubrics;
	}

	@KafkaListener(topics = Topics.QUESTION_BANK,
			properties = "spring.json.value.default.type=io.readyroom.contracts.QuestionVersionPublished")
	void on(QuestionVersionPublished question) {
		this.rubrics.remember(question);
	}

}
