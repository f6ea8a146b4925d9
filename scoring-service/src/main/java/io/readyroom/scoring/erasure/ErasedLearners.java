package io.readyroom.scoring.erasure;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.support.erasure.LearnerDigest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Remembers each learner erased from a program, for good: an answer still on its way to
 * scoring when its learner was erased, or delivered again later, is passed over instead
 * of bringing the learner's words back. An answer that was checked just before the
 * learner was remembered may be stored just after their data was removed, so scoring
 * checks again once it has stored a batch ({@link #recheck}).
 */
@Service
public class ErasedLearners {

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	ErasedLearners(MongoTemplate mongo, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.events = events;
	}

	/**
	 * Remembers the learner before any of their data is removed; again changes nothing.
	 */
	public void remember(String programId, String learnerId) {
		this.mongo.upsert(Query.query(Criteria.where("_id").is(LearnerDigest.of(programId, learnerId))),
				new Update().setOnInsert("programId", programId), ErasedLearner.class);
	}

	public boolean isErased(String programId, String learnerId) {
		return this.mongo.exists(Query.query(Criteria.where("_id").is(LearnerDigest.of(programId, learnerId))),
				ErasedLearner.class);
	}

	/** Which of the answers are of learners not erased, with one look-up for them all. */
	public Predicate<AnswerSubmitted> notErasedAmong(Collection<AnswerSubmitted> answers) {
		Set<String> erased = erasedKeysOf(answers);
		return (answer) -> !erased.contains(key(answer));
	}

	/**
	 * After the answers were stored: has what was stored of any learner erased meanwhile
	 * removed again.
	 */
	public void recheck(List<AnswerSubmitted> stored) {
		Set<String> erased = erasedKeysOf(stored);
		if (erased.isEmpty()) {
			return;
		}
		Map<String, AnswerSubmitted> oneAnswerPerLearner = new LinkedHashMap<>();
		stored.forEach((answer) -> oneAnswerPerLearner.putIfAbsent(key(answer), answer));
		oneAnswerPerLearner.forEach((key, answer) -> {
			if (erased.contains(key)) {
				this.events.publishEvent(new ErasedLearnerStored(answer.programId(), answer.learnerId()));
			}
		});
	}

	private Set<String> erasedKeysOf(Collection<AnswerSubmitted> answers) {
		if (answers.isEmpty()) {
			return Set.of();
		}
		Query erased = Query.query(Criteria.where("_id").in(answers.stream().map(ErasedLearners::key).toList()));
		Set<String> keys = new HashSet<>();
		this.mongo.find(erased, ErasedLearner.class).forEach((learner) -> keys.add(learner.key()));
		return keys;
	}

	private static String key(AnswerSubmitted answer) {
		return LearnerDigest.of(String.valueOf(answer.programId()), answer.learnerId());
	}

}
