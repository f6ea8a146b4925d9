package io.readyroom.analytics.accesslog;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.readyroom.contracts.LearnerDataRead;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The stored access log. It only inserts: there is no update and no delete here, and no
 * other class writes the collection, so an entry once written stays as it was.
 */
@Service
public class AccessLogEntries {

	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("_id"));

	private final MongoTemplate mongo;

	AccessLogEntries(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Enters the read; a redelivered one is already there and stays as it is. */
	void append(LearnerDataRead read) {
		try {
			this.mongo.insert(AccessLogEntry.of(read));
		}
		catch (DuplicateKeyException ex) {
			// entered on an earlier delivery
		}
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
