package io.readyroom.session.retention;

import java.time.Clock;
import java.util.List;

import io.readyroom.session.program.Permissions;
import io.readyroom.support.security.Caller;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Programs' retention periods; the director of a program or an admin reads and sets them.
 */
@Service
class RetentionPolicies {

	private final MongoTemplate mongo;

	private final Clock clock;

	RetentionPolicies(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	RetentionPolicy of(Caller caller, String programId) {
		Permissions.requireManager(caller, programId, "reads its retention period");
		return stored(programId);
	}

	RetentionPolicy set(Caller caller, String programId, RetentionRequest request) {
		Permissions.requireManager(caller, programId, "sets its retention period");
		return this.mongo
			.save(new RetentionPolicy(programId, request.answerTextDays(), caller.id(), this.clock.instant()));
	}

	/** The programs that remove answer text after a while. */
	List<RetentionPolicy> limited() {
		return this.mongo.find(Query.query(Criteria.where("answerTextDays").ne(null)), RetentionPolicy.class);
	}

	private RetentionPolicy stored(String programId) {
		RetentionPolicy policy = this.mongo.findById(programId, RetentionPolicy.class);
		return (policy != null) ? policy : RetentionPolicy.keepForever(programId);
	}

}
