package io.readyroom.analytics.accesslog;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.contracts.LearnerDataRead;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The stored access log. It inserts, never deletes, and no other class writes the
 * collection, so an entry once written stays as it was, with one exception the law
 * requires: erasing a learner takes their id out of the entries that name them
 * ({@link #anonymise}). No API reaches that rewrite; it follows an erasure alone.
 */
@Service
public class AccessLogEntries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	private final ErasedLearners erased;

	AccessLogEntries(MongoTemplate mongo, ErasedLearners erased) {
		this.mongo = mongo;
		this.erased = erased;
	}

	/**
	 * Enters the read; a redelivered one is already there and stays as it is. A read of a
	 * learner erased since is entered as a read of an erased learner.
	 */
	void append(LearnerDataRead read) {
		AccessLogEntry entry = AccessLogEntry.of(read);
		boolean namesLearner = read.learnerId() != null;
		if (namesLearner && this.erased.isErased(read.programId(), read.learnerId())) {
			entry = entry.ofErasedLearner();
			namesLearner = false;
		}
		try {
			this.mongo.insert(entry);
		}
		catch (DuplicateKeyException ex) {
			// entered on an earlier delivery
		}
		if (namesLearner) {
			this.erased.recheck(List.of(read), LearnerDataRead::programId, LearnerDataRead::learnerId);
		}
	}

	/**
	 * Replaces the learner's id with {@link AccessLogEntry#ERASED_LEARNER} in the
	 * program's entries that name them. Who read, when, through which client, what and in
	 * which cohort stay: the program still learns that their data was read. Anonymising
	 * again changes nothing.
	 * @return how many entries named the learner
	 */
	public long anonymise(String programId, String learnerId) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)),
					Update.update("learnerId", AccessLogEntry.ERASED_LEARNER), AccessLogEntry.class)
			.getModifiedCount();
	}

	AccessLogPage page(String programId, String learnerId, int page, int size) {
		Criteria criteria = Criteria.where("programId").is(programId);
		if (learnerId != null) {
			criteria.and("learnerId").is(learnerId);
		}
		long total = this.mongo.count(Query.query(criteria), AccessLogEntry.class);
		List<AccessLogEntry> entries = this.mongo
			.find(Query.query(criteria).with(NEWEST_FIRST).skip((long) page * size).limit(size), AccessLogEntry.class);
		return new AccessLogPage(programId, learnerId, page, size, total, entries);
	}

	/**
	 * Hands each entry that {@code criteria} selects to {@code action}, newest first,
	 * without holding them all in memory.
	 */
	public void forEach(Criteria criteria, Consumer<AccessLogEntry> action) {
		try (Stream<AccessLogEntry> entries = this.mongo.stream(Query.query(criteria).with(NEWEST_FIRST),
				AccessLogEntry.class)) {
			entries.forEach(action);
		}
	}

}
