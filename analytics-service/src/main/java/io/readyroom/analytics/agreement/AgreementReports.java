package io.readyroom.analytics.agreement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import io.readyroom.analytics.CursorBatches;
import io.readyroom.analytics.bank.BankQuestion;
import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.score.ScoredAnswer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Compares the machine's score of each reviewed answer, as analytics has it now (after
 * any re-score), with its reviewed score. Reads the reviewed answers of the scope from
 * one cursor and keeps running sums per question, so memory holds one answer at a time.
 */
@Service
public class AgreementReports {

	private static final Comparator<QuestionAgreement> LARGEST_DIFFERENCE_FIRST = Comparator
		.comparing((QuestionAgreement question) -> question.meanAbsoluteDifference(),
				Comparator.nullsLast(Comparator.reverseOrder()))
		.thenComparing(QuestionAgreement::questionId);

	private final MongoTemplate mongo;

	private final QuestionBank bank;

	AgreementReports(MongoTemplate mongo, QuestionBank bank) {
		this.mongo = mongo;
		this.bank = bank;
	}

	public AgreementReport ofCohort(String cohortId) {
		return of("cohort", cohortId, Criteria.where("cohortId").is(cohortId));
	}

	public AgreementReport ofProgram(String programId) {
		return of("program", programId, Criteria.where("programId").is(programId));
	}

	/**
	 * @param answers which scored answers are in scope, e.g. a cohort's submitted in a
	 * date range; only the reviewed ones among them count
	 */
	public AgreementReport of(String scope, String id, Criteria answers) {
		Criteria reviewed = new Criteria().andOperator(answers, Criteria.where("review.revision").gte(1));
		AgreementTally overall = new AgreementTally();
		Map<String, AgreementTally> byQuestion = new TreeMap<>();
		try (Stream<ScoredAnswer> stream = this.mongo.stream(CursorBatches.sized(Query.query(reviewed)),
				ScoredAnswer.class)) {
			stream.forEach((answer) -> {
				overall.add(answer.machineScore(), answer.score());
				byQuestion.computeIfAbsent(answer.questionId(), (key) -> new AgreementTally())
					.add(answer.machineScore(), answer.score());
			});
		}
		return new AgreementReport(scope, id, overall.agreement(), questions(byQuestion));
	}

	private List<QuestionAgreement> questions(Map<String, AgreementTally> byQuestion) {
		Map<String, BankQuestion> bank = this.bank.latestVersions();
		List<QuestionAgreement> questions = new ArrayList<>();
		byQuestion.forEach((questionId, tally) -> {
			BankQuestion question = bank.get(questionId);
			questions
				.add(QuestionAgreement.of(questionId, (question != null) ? question.text() : null, tally.agreement()));
		});
		questions.sort(LARGEST_DIFFERENCE_FIRST);
		return questions;
	}

}
