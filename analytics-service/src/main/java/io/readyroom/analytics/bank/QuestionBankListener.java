package io.readyroom.analytics.bank;

import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Topics;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class QuestionBankListener {

	private final MongoTemplate mongo;

	QuestionBankListener(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@KafkaListener(topics = Topics.QUESTION_BANK,
			properties = "spring.json.value.default.type=io.readyroom.contracts.QuestionVersionPublished")
	void on(QuestionVersionPublished question) {
		this.mongo.save(BankQuestion.of(question));
	}

}
