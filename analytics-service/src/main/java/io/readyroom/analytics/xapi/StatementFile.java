package io.readyroom.analytics.xapi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.score.ScoredAnswer;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The statement file: every scored answer and completed session of a scope as the
 * statements the program's LRS gets (the same ids), one JSON array, for a program to load
 * into an LRS itself or keep. Written as the records stream, never held whole.
 */
@Service
public class StatementFile {

	private final MongoTemplate mongo;

	private final Statements statements;

	private final LearningRecordStores stores;

	private final QuestionBank bank;

	private final JsonMapper json;

	StatementFile(MongoTemplate mongo, Statements statements, LearningRecordStores stores, QuestionBank bank,
			JsonMapper json) {
		this.mongo = mongo;
		this.statements = statements;
		this.stores = stores;
		this.bank = bank;
		this.json = json;
	}

	/**
	 * @param answers selects the scored answers
	 * @param sessions selects the sessions; those not completed are left out
	 */
	public void write(Criteria answers, Criteria sessions, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		BankTexts texts = this.bank.texts();
		Map<String, String> homePages = new HashMap<>();
		Map<String, double[]> scoresBySession = new HashMap<>();
		boolean[] first = { true };
		writer.write("[");
		try (Stream<ScoredAnswer> scored = this.mongo.stream(Query.query(answers), ScoredAnswer.class)) {
			scored.forEach((answer) -> {
				write(writer, first, this.statements.answered(answer, homePage(answer.programId(), homePages), texts));
				double[] sumAndCount = scoresBySession.computeIfAbsent(answer.sessionId(), (id) -> new double[2]);
				sumAndCount[0] += answer.score();
				sumAndCount[1]++;
			});
		}
		try (Stream<PracticeActivity> completed = this.mongo.stream(
				Query.query(new Criteria().andOperator(sessions, Criteria.where("completedAt").ne(null))),
				PracticeActivity.class)) {
			completed.forEach((session) -> {
				double[] sumAndCount = scoresBySession.get(session.sessionId());
				Double mean = (sumAndCount != null) ? sumAndCount[0] / sumAndCount[1] : null;
				write(writer, first, this.statements.completed(session, session.programId(), mean,
						homePage(session.programId(), homePages)));
			});
		}
		writer.write(first[0] ? "]\n" : "\n]\n");
		writer.flush();
	}

	private String homePage(String programId, Map<String, String> homePages) {
		return homePages.computeIfAbsent(String.valueOf(programId),
				(id) -> this.stores.of(programId)
					.map(LrsSettings::accountHomePage)
					.orElse(LrsSettingsRequest.DEFAULT_ACCOUNT_HOME_PAGE));
	}

	private void write(Writer writer, boolean[] first, Object statement) {
		try {
			writer.write(first[0] ? "\n" : ",\n");
			first[0] = false;
			writer.write(this.json.writeValueAsString(statement));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
