package io.readyroom.analytics.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.readyroom.contracts.PracticeSessionEvent;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.support.erasure.LearnerDigest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Remembers each erased learner by a SHA-256 digest of their program's id and their own,
 * never by the id: the listeners ask it before they store anything of a learner, so a
 * score still in flight when the learner was erased, or one delivered again later, is
 * dropped instead of bringing the learner back. It is never forgotten, so a learner once
 * erased from a program stays out of its figures.
 * <p>
 * A listener that checked just before the learner was remembered may write just after
 * their data was removed; so the listeners check again once they have written
 * ({@link #recheck}), and what they stored of an erased learner is removed again
 * ({@link ErasedLearnerStored}).
 */
@Service
public class ErasedLearners {

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	public ErasedLearners(MongoTemplate mongo, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Remembers the learner as erased from the program, before any of their data is
	 * removed, so nothing of theirs is stored again while it is; remembering them again
	 * changes nothing.
	 */
	public void remember(String programId, String learnerId) {
		this.mongo.upsert(byKey(programId, learnerId),
				new Update().setOnInsert("programId", programId).setOnInsert("learnerKey", digest(learnerId)),
				ErasedLearner.class);
	}

	/**
	 * Notes that the learner's data has left these cohorts' profiles; called after it was
	 * removed, as a profile's {@code updatedAt} is taken before it is written.
	 */
	public void cohortsChanged(String programId, String learnerId, Collection<String> cohortIds) {
		this.mongo.updateFirst(byKey(programId, learnerId),
				new Update().addToSet("cohortIds")
					.each(cohortIds.toArray())
					.set("cohortsChangedAt", this.clock.instant()),
				ErasedLearner.class);
	}

	public boolean isErased(String programId, String learnerId) {
		return this.mongo.exists(byKey(programId, learnerId), ErasedLearner.class);
	}

	/**
	 * Whether the session event is of an erased learner. Only a session's start names its
	 * program; a completion counts as an erased learner's when the learner was erased
	 * from any program, which keeps their session out whichever of its events arrives
	 * first.
	 */
	public boolean isErased(PracticeSessionEvent event) {
		return (event instanceof PracticeSessionStarted started) ? isErased(started.programId(), started.learnerId())
				: isErasedAnywhere(event.learnerId());
	}

	private boolean isErasedAnywhere(String learnerId) {
		return this.mongo.exists(Query.query(Criteria.where("learnerKey").is(digest(learnerId))), ErasedLearner.class);
	}

	/**
	 * The events of learners not erased, with one look-up for the whole batch.
	 */
	public <T> List<T> withoutErased(List<T> events, Function<T, String> programId, Function<T, String> learnerId) {
		if (events.isEmpty()) {
			return events;
		}
		Set<String> keys = new LinkedHashSet<>();
		events.forEach((event) -> keys.add(key(programId.apply(event), learnerId.apply(event))));
		Query erased = Query.query(Criteria.where("_id").in(keys));
		erased.fields().include("_id");
		Set<String> erasedKeys = new LinkedHashSet<>();
		this.mongo.find(erased, ErasedLearner.class).forEach((learner) -> erasedKeys.add(learner.key()));
		if (erasedKeys.isEmpty()) {
			return events;
		}
		return events.stream()
			.filter((event) -> !erasedKeys.contains(key(programId.apply(event), learnerId.apply(event))))
			.toList();
	}

	/**
	 * After the events' learners' data was stored: has what was stored of any erased
	 * meanwhile removed again. One look-up for the whole batch.
	 */
	public <T> void recheck(List<T> events, Function<T, String> programId, Function<T, String> learnerId) {
		if (events.isEmpty()) {
			return;
		}
		Set<String> kept = new LinkedHashSet<>();
		withoutErased(events, programId, learnerId)
			.forEach((event) -> kept.add(key(programId.apply(event), learnerId.apply(event))));
		Set<String> published = new LinkedHashSet<>();
		for (T event : events) {
			String key = key(programId.apply(event), learnerId.apply(event));
			if (!kept.contains(key) && published.add(key)) {
				this.events.publishEvent(new ErasedLearnerStored(programId.apply(event), learnerId.apply(event)));
			}
		}
	}

	/**
	 * After a session event was recorded: has what was stored removed again if its
	 * learner was erased meanwhile, from the program the start names, or for a completion
	 * from every program the learner was erased from.
	 */
	public void recheck(PracticeSessionEvent event) {
		Query erased = (event instanceof PracticeSessionStarted started)
				? byKey(started.programId(), started.learnerId())
				: Query.query(Criteria.where("learnerKey").is(digest(event.learnerId())));
		this.mongo.find(erased, ErasedLearner.class)
			.forEach((learner) -> this.events
				.publishEvent(new ErasedLearnerStored(learner.programId(), event.learnerId())));
	}

	/** The cohorts whose profiles lost an erased learner at {@code since} or later. */
	public Set<String> cohortsChangedSince(Instant since) {
		Set<String> cohorts = new LinkedHashSet<>();
		this.mongo.find(Query.query(Criteria.where("cohortsChangedAt").gte(since)), ErasedLearner.class)
			.forEach((learner) -> cohorts.addAll(learner.cohortIds()));
		return cohorts;
	}

	private static Query byKey(String programId, String learnerId) {
		return Query.query(Criteria.where("_id").is(key(programId, learnerId)));
	}

	static String key(String programId, String learnerId) {
		return LearnerDigest.of(programId, learnerId);
	}

	private static String digest(String learnerId) {
		return LearnerDigest.of(learnerId);
	}

}
