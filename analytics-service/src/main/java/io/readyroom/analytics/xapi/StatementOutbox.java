package io.readyroom.analytics.xapi;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.readyroom.analytics.bank.QuestionBank;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.analytics.xapi.QueuedStatement.Kind;
import io.readyroom.analytics.xapi.QueuedStatement.Status;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The statements on their way to the programs' LRSs. Only programs with an LRS get
 * statements queued, from the moment it is set; a statement's id is its document's, so an
 * event delivered twice queues it once.
 */
@Service
public class StatementOutbox {

	private final MongoTemplate mongo;

	private final LearningRecordStores stores;

	private final Statements statements;

	private final QuestionBank bank;

	private final JsonMapper json;

	private final XapiProperties properties;

	private final Clock clock = Clock.systemUTC();

	StatementOutbox(MongoTemplate mongo, LearningRecordStores stores, Statements statements, QuestionBank bank,
			JsonMapper json, XapiProperties properties) {
		this.mongo = mongo;
		this.stores = stores;
		this.statements = statements;
		this.bank = bank;
		this.json = json;
		this.properties = properties;
	}

	void queueAnswered(AnswerScored scored) {
		this.stores.of(scored.programId()).ifPresent((lrs) -> {
			String statement = this.json.writeValueAsString(this.statements.answered(ScoredAnswer.of(scored),
					lrs.accountHomePage(), this.bank.textsOf(List.of(scored.questionId()))));
			Instant now = this.clock.instant();
			insert(new QueuedStatement(
					Statements.id("answered", scored.answerId(), scored.questionVersion(), scored.scorerVersion(),
							scored.score()),
					scored.programId(), Kind.ANSWERED, scored.sessionId(), statement, Status.PENDING, now, 0, now, null,
					null));
		});
	}

	/** A session started in a program with an LRS will be reported once completed. */
	void awaitCompletion(PracticeSessionStarted started) {
		if (this.stores.of(started.programId()).isPresent()) {
			insert(new QueuedStatement(completedId(started.sessionId()), started.programId(), Kind.COMPLETED,
					started.sessionId(), null, Status.AWAITING_COMPLETION, this.clock.instant(), 0, null, null, null));
		}
	}

	void queueCompleted(PracticeSessionCompleted completed) {
		this.mongo.updateFirst(
				Query.query(Criteria.where("_id")
					.is(completedId(completed.sessionId()))
					.and("status")
					.is(Status.AWAITING_COMPLETION)),
				Update.update("status", Status.PENDING).set("nextAttemptAt", this.clock.instant()),
				QueuedStatement.class);
	}

	/**
	 * Takes the statement due longest, and holds it from other senders until the lease
	 * ends; it is due again then unless it was sent or rescheduled.
	 */
	Optional<QueuedStatement> takeDue(Duration lease) {
		Instant now = this.clock.instant();
		return Optional.ofNullable(this.mongo.findAndModify(
				Query.query(Criteria.where("status").is(Status.PENDING).and("nextAttemptAt").lte(now))
					.with(Sort.by("nextAttemptAt")),
				Update.update("nextAttemptAt", now.plus(lease)), FindAndModifyOptions.options().returnNew(false),
				QueuedStatement.class));
	}

	void sent(QueuedStatement queued, String statement) {
		update(queued,
				Update.update("status", Status.SENT)
					.set("statement", statement)
					.set("sentAt", this.clock.instant())
					.set("lastError", null));
	}

	/**
	 * Not ready to send yet (a session's scores still arriving): no attempt is counted.
	 */
	void postpone(QueuedStatement queued, Duration pause) {
		update(queued, Update.update("nextAttemptAt", this.clock.instant().plus(pause)));
	}

	/**
	 * A failure worth trying again: after a growing pause, or, once tried the most times,
	 * to the dead letters.
	 */
	Status failed(QueuedStatement queued, String error) {
		int attempts = queued.attempts() + 1;
		if (attempts >= this.properties.maxAttempts()) {
			update(queued, Update.update("status", Status.DEAD).set("attempts", attempts).set("lastError", error));
			return Status.DEAD;
		}
		update(queued,
				Update.update("attempts", attempts)
					.set("lastError", error)
					.set("nextAttemptAt", this.clock.instant().plus(this.properties.pauseAfter(attempts))));
		return Status.PENDING;
	}

	/** Refused in a way another try would not change. */
	void dead(QueuedStatement queued, String error) {
		update(queued,
				Update.update("status", Status.DEAD).set("attempts", queued.attempts() + 1).set("lastError", error));
	}

	List<QueuedStatement> deadLetters(String programId, int limit) {
		return this.mongo.find(Query.query(Criteria.where("programId").is(programId).and("status").is(Status.DEAD))
			.with(Sort.by("queuedAt"))
			.limit(limit), QueuedStatement.class);
	}

	/** Puts the program's dead letters back in line, as if never tried. */
	long requeueDead(String programId) {
		return this.mongo.updateMulti(
				Query.query(Criteria.where("programId").is(programId).and("status").is(Status.DEAD)),
				Update.update("status", Status.PENDING).set("attempts", 0).set("nextAttemptAt", this.clock.instant()),
				QueuedStatement.class)
			.getModifiedCount();
	}

	Map<Status, Long> counts(String programId) {
		Map<Status, Long> counts = new EnumMap<>(Status.class);
		for (Status status : Status.values()) {
			counts.put(status,
					this.mongo.count(Query.query(Criteria.where("programId").is(programId).and("status").is(status)),
							QueuedStatement.class));
		}
		return counts;
	}

	/** A program that removed its LRS: what was not sent will not be. */
	void dropUnsent(String programId) {
		this.mongo.remove(Query.query(Criteria.where("programId").is(programId).and("status").ne(Status.SENT)),
				QueuedStatement.class);
	}

	/**
	 * Removes the learner's statements of the program, whatever became of them (sent,
	 * waiting or dead-lettered): those of the learner's sessions, and any other that
	 * names the learner as its actor.
	 * @param sessionIds the learner's sessions, whose statements may not be written yet
	 * @return how many statements were removed
	 */
	public long removeLearner(String programId, String learnerId, Set<String> sessionIds) {
		Pattern namesLearner = Pattern.compile(Pattern.quote("\"name\":\"" + learnerId + "\""));
		Criteria ofLearner = new Criteria().orOperator(Criteria.where("sessionId").in(sessionIds),
				Criteria.where("statement").regex(namesLearner));
		return this.mongo
			.remove(Query.query(Criteria.where("programId").is(programId).andOperator(ofLearner)),
					QueuedStatement.class)
			.getDeletedCount();
	}

	static String completedId(String sessionId) {
		return Statements.id("completed", sessionId);
	}

	private void insert(QueuedStatement queued) {
		try {
			this.mongo.insert(queued);
		}
		catch (DuplicateKeyException ex) {
			// queued on an earlier delivery of the same event
		}
	}

	private void update(QueuedStatement queued, Update update) {
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(queued.statementId())), update,
				QueuedStatement.class);
	}

}
