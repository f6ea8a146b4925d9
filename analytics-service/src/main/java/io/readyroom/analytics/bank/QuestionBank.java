package io.readyroom.analytics.bank;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.bank.CompetencyModel;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** Looks up questions, key points and competency names in the bank read model. */
@Service
public class QuestionBank {

	private final MongoTemplate mongo;

	private final Map<String, String> competencyNames;

	QuestionBank(MongoTemplate mongo, CompetencyModel model) {
		this.mongo = mongo;
		this.competencyNames = BankTexts.namesOf(model);
	}

	/** The latest version of every question, by question id. */
	public Map<String, BankQuestion> latestVersions() {
		return this.mongo.findAll(BankQuestion.class)
			.stream()
			.collect(Collectors.toMap(BankQuestion::questionId, Function.identity(),
					(a, b) -> (a.version() >= b.version()) ? a : b));
	}

	/** The competency model's names alone, for a caller that names no question. */
	public BankTexts competencyTexts() {
		return new BankTexts(Map.of(), this.competencyNames);
	}

	/** The texts of the latest question versions and the competency model's names. */
	public BankTexts texts() {
		return new BankTexts(latestVersions(), this.competencyNames);
	}

}
