package io.readyroom.analytics.bank;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Looks up questions and key points in the bank read model. */
@Service
public class QuestionBank {

	private final MongoTemplate mongo;

	QuestionBank(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The latest version of every question, by question id. */
	public Map<String, BankQuestion> latestVersions() {
		return this.mongo.findAll(BankQuestion.class)
			.stream()
			.collect(Collectors.toMap(BankQuestion::questionId, Function.identity(),
					(a, b) -> (a.version() >= b.version()) ? a : b));
	}

	/** The latest version's wording of a key point, which may postdate the answer's. */
	public static Optional<String> describe(Map<String, BankQuestion> latest, String questionId, String criterionId) {
		return Optional.ofNullable(latest.get(questionId)).map((question) -> question.keyPoints().get(criterionId));
	}

}
