package io.readyroom.analytics.profile;

import java.time.Clock;
import java.util.stream.Stream;

import io.readyroom.analytics.CursorBatches;
import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.score.ScoredAnswer;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Enters every answer and session stored before learner ledgers existed into its
 * learner's ledger, once, before the Kafka listeners start: a profile rebuilt from a
 * ledger that lacks them would drop them. Adding is idempotent, so a backfill cut short
 * runs again at the next start; the marker is written only once it is complete.
 */
@Component
class LedgerBackfill implements SmartInitializingSingleton {

	static final String MIGRATIONS = "read_model_migrations";

	static final String MARKER = "learner-ledgers";

	private static final int BATCH = 1000;

	private static final Logger log = LoggerFactory.getLogger(LedgerBackfill.class);

	private final MongoTemplate mongo;

	private final Clock clock;

	LedgerBackfill(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), MIGRATIONS)) {
			return;
		}
		run();
		this.mongo.save(new Document("_id", MARKER).append("completedAt", this.clock.instant()), MIGRATIONS);
	}

	void run() {
		long answers = enter(this.mongo.getCollectionName(ScoredAnswer.class), LearnerLedgers.ANSWERS);
		long sessions = enter(this.mongo.getCollectionName(PracticeActivity.class), LearnerLedgers.SESSIONS);
		if (answers + sessions > 0) {
			log.info("Entered {} stored answers and {} stored sessions into learner ledgers", answers, sessions);
		}
	}

	private long enter(String collection, String list) {
		Query everything = CursorBatches.sized(new Query());
		everything.fields().include("learnerId");
		long entered = 0;
		BulkOperations batch = null;
		try (Stream<Document> records = this.mongo.stream(everything, Document.class, collection)) {
			for (Document record : (Iterable<Document>) records::iterator) {
				batch = (batch != null) ? batch : this.mongo.bulkOps(BulkMode.UNORDERED, LearnerLedger.class);
				batch.upsert(Query.query(Criteria.where("_id").is(record.getString("learnerId"))),
						new Update().addToSet(list, record.get("_id")));
				if (++entered % BATCH == 0) {
					batch.execute();
					batch = null;
				}
			}
		}
		if (batch != null) {
			batch.execute();
		}
		return entered;
	}

}
