package io.readyroom.analytics.cohort;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.readyroom.analytics.ConflictRetry;
import org.bson.Document;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Which cohorts need their dashboard recomputed, kept in the store
 * ({@code stale_cohorts}, one document per cohort) rather than in memory: a mark is
 * written before the Kafka listener that made it returns, so before its record's offset
 * is committed, and a dashboard left stale by a crash is recomputed by whichever instance
 * runs next.
 * <p>
 * Each mark raises the cohort's {@code generation}; a recompute clears the mark only if
 * the generation is still the one it read before reading the profiles. A cohort marked
 * again during a recompute, by this instance or another, therefore stays marked, and two
 * instances recomputing the same cohort may duplicate work but never lose it. The
 * documents are never deleted, so a generation never repeats.
 */
@Component
class StaleCohortMarks {

	static final String COLLECTION = "stale_cohorts";

	static final String GENERATION = "generation";

	static final String STALE = "stale";

	static final String OLDEST_ANSWER = "oldestAnswerAt";

	private final MongoTemplate mongo;

	private final Clock clock;

	StaleCohortMarks(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	void mark(String cohortId) {
		mark(cohortId, null);
	}

	/**
	 * @param oldestAnswerAt when the earliest answer that made the cohort stale was
	 * submitted, if an answer did: the mark keeps the earliest until it is cleared
	 */
	void mark(String cohortId, @Nullable Instant oldestAnswerAt) {
		Update marked = new Update().inc(GENERATION, 1L).set(STALE, true).set("markedAt", this.clock.instant());
		if (oldestAnswerAt != null) {
			marked.min(OLDEST_ANSWER, oldestAnswerAt);
		}
		// two first marks of one cohort may both try to insert it; one wins
		ConflictRetry.retried(() -> this.mongo.upsert(byId(cohortId), marked, COLLECTION));
	}

	/** The marked cohorts, each with the generation a recompute must clear. */
	Map<String, Long> marked() {
		Query stale = Query.query(Criteria.where(STALE).is(true)).with(Sort.by("_id"));
		stale.fields().include(GENERATION);
		Map<String, Long> marked = new LinkedHashMap<>();
		this.mongo.find(stale, Document.class, COLLECTION)
			.forEach((mark) -> marked.put(mark.getString("_id"), ((Number) mark.get(GENERATION)).longValue()));
		return marked;
	}

	boolean anyMarked() {
		return this.mongo.exists(Query.query(Criteria.where(STALE).is(true)), COLLECTION);
	}

	/**
	 * Clears the cohort's mark unless it was marked again since {@code generation} was
	 * read.
	 * @return the mark cleared; empty when it was raised again meanwhile
	 */
	Optional<ClearedMark> clear(String cohortId, long generation) {
		Query unchanged = Query.query(Criteria.where("_id").is(cohortId).and(GENERATION).is(generation));
		Update cleared = new Update().set(STALE, false).unset(OLDEST_ANSWER);
		// the document as it was before: the answer the dashboard kept waiting longest
		Document before = this.mongo.findAndModify(unchanged, cleared, Document.class, COLLECTION);
		return Optional.ofNullable(before).map((mark) -> new ClearedMark(instantOf(mark.get(OLDEST_ANSWER))));
	}

	private static @Nullable Instant instantOf(@Nullable Object stored) {
		return (stored instanceof Date date) ? date.toInstant() : null;
	}

	/**
	 * A cleared mark.
	 *
	 * @param oldestAnswerAt when the earliest answer the recompute took in was submitted,
	 * or null when no answer raised the mark
	 */
	record ClearedMark(@Nullable Instant oldestAnswerAt) {

	}

	private static Query byId(String cohortId) {
		return Query.query(Criteria.where("_id").is(cohortId));
	}

}
