package io.readyroom.analytics.bank;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.bank.CompetencyModel;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
		return latestOf(this.mongo.findAll(BankQuestion.class));
	}

	/** The competency model's names alone, for a caller that names no question. */
	public BankTexts competencyTexts() {
		return new BankTexts(Map.of(), this.competencyNames);
	}

	/** The texts of the latest question versions and the competency model's names. */
	public BankTexts texts() {
		return new BankTexts(latestVersions(), this.competencyNames);
	}

	/**
	 * The texts of these questions' latest versions alone, for a caller that needs a few
	 * rather than the whole bank.
	 */
	public BankTexts textsOf(Collection<String> questionIds) {
		return new BankTexts(
				latestOf(
						this.mongo.find(Query.query(Criteria.where("questionId").in(questionIds)), BankQuestion.class)),
				this.competencyNames);
	}

	private static Map<String, BankQuestion> latestOf(List<BankQuestion> versions) {
		return versions.stream()
			.collect(Collectors.toMap(BankQuestion::questionId, Function.identity(),
					(a, b) -> (a.version() >= b.version()) ? a : b));
	}

}
