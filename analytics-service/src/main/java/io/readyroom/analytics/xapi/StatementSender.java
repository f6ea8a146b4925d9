package io.readyroom.analytics.xapi;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.analytics.xapi.LrsClient.Delivery;
import io.readyroom.analytics.xapi.QueuedStatement.Kind;
import io.readyroom.analytics.xapi.QueuedStatement.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the due statements, one at a time, each to its program's LRS. A session's
 * statement is written when it is sent: once the session's answers are all scored, or
 * once it has waited {@link XapiProperties#completionWait()} for them.
 */
@Component
class StatementSender {

	private static final Logger logger = LoggerFactory.getLogger(StatementSender.class);

	/**
	 * Room for the request and the bookkeeping around it before another sender may try.
	 */
	private static final int LEASE_PER_TIMEOUT = 3;

	private static final int MOST_PER_ROUND = 200;

	private static final Duration SCORES_PENDING = Duration.ofSeconds(2);

	private final StatementOutbox outbox;

	private final LearningRecordStores stores;

	private final LrsClient lrs;

	private final Statements statements;

	private final MongoTemplate mongo;

	private final JsonMapper json;

	private final XapiProperties properties;

	private final Clock clock = Clock.systemUTC();

	private final Counter sent;

	private final Counter retried;

	private final Counter dead;

	StatementSender(StatementOutbox outbox, LearningRecordStores stores, LrsClient lrs, Statements statements,
			MongoTemplate mongo, JsonMapper json, XapiProperties properties, MeterRegistry registry) {
		this.outbox = outbox;
		this.stores = stores;
		this.lrs = lrs;
		this.statements = statements;
		this.mongo = mongo;
		this.json = json;
		this.properties = properties;
		this.sent = outcome(registry, "sent");
		this.retried = outcome(registry, "retried");
		this.dead = outcome(registry, "dead");
	}

	@Scheduled(fixedDelayString = "${readyroom.xapi.send-interval:1s}")
	void sendDue() {
		Duration lease = this.properties.requestTimeout().multipliedBy(LEASE_PER_TIMEOUT);
		for (int i = 0; i < MOST_PER_ROUND; i++) {
			Optional<QueuedStatement> due = this.outbox.takeDue(lease);
			if (due.isEmpty()) {
				return;
			}
			send(due.get());
		}
	}

	private void send(QueuedStatement queued) {
		Optional<LrsSettings> settings = this.stores.of(queued.programId());
		if (settings.isEmpty()) {
			this.outbox.dead(queued, "The program has no LRS any more.");
			this.dead.increment();
			return;
		}
		String statement = (queued.kind() == Kind.ANSWERED) ? queued.statement()
				: completedStatement(queued, settings.get()).orElse(null);
		if (statement == null) {
			this.outbox.postpone(queued, SCORES_PENDING);
			return;
		}
		Delivery delivery = this.lrs.send(settings.get(), statement);
		switch (delivery.outcome()) {
			case SENT -> {
				this.outbox.sent(queued, statement);
				this.sent.increment();
			}
			case REFUSED -> {
				this.outbox.dead(queued, delivery.reason());
				this.dead.increment();
				logger.warn("LRS of program {} refused statement {}: {}", queued.programId(), queued.statementId(),
						delivery.reason());
			}
			case RETRY -> {
				Status now = this.outbox.failed(queued, delivery.reason());
				(now == Status.DEAD ? this.dead : this.retried).increment();
				logger.warn("Statement {} for program {} not sent ({}): {}", queued.statementId(), queued.programId(),
						(now == Status.DEAD) ? "dead-lettered" : "will retry", delivery.reason());
			}
		}
	}

	/**
	 * The session's statement, or empty while the session is not on record as completed
	 * or its answers' scores are still arriving.
	 */
	private Optional<String> completedStatement(QueuedStatement queued, LrsSettings lrs) {
		PracticeActivity session = this.mongo.findById(queued.sessionId(), PracticeActivity.class);
		if (session == null || !session.isCompleted()) {
			return Optional.empty();
		}
		List<ScoredAnswer> answers = this.mongo.find(Query.query(Criteria.where("sessionId").is(queued.sessionId())),
				ScoredAnswer.class);
		boolean stillScoring = answers.size() < session.answeredCount()
				&& this.clock.instant().isBefore(session.completedAt().plus(this.properties.completionWait()));
		if (stillScoring) {
			return Optional.empty();
		}
		Double mean = answers.isEmpty() ? null : answers.stream().mapToInt(ScoredAnswer::score).average().orElseThrow();
		return Optional.of(this.json
			.writeValueAsString(this.statements.completed(session, queued.programId(), mean, lrs.accountHomePage())));
	}

	private static Counter outcome(MeterRegistry registry, String outcome) {
		return Counter.builder("readyroom.xapi.statements")
			.description("xAPI statements by what became of them: sent, retried after a failure, or dead-lettered")
			.tag("outcome", outcome)
			.register(registry);
	}

}
