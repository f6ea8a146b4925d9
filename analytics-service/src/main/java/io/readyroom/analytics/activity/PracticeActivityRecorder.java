package io.readyroom.analytics.activity;

import java.util.Set;

import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionEvent;
import io.readyroom.contracts.PracticeSessionStarted;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Records session events as field updates on the session's record, so a redelivered event
 * sets the same values again and a completion that overtakes its start loses nothing. The
 * assignment a session was started from is kept beside the session's fields, for the
 * assignment figures, which read it on their own.
 */
@Service
public class PracticeActivityRecorder {

	private final MongoTemplate mongo;

	PracticeActivityRecorder(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * The learner's sessions in the program, and those whose start has not arrived, which
	 * name no program yet.
	 */
	public Set<String> sessionsOf(String programId, String learnerId) {
		return Set.copyOf(
				this.mongo.findDistinct(ofLearner(programId, learnerId), "_id", PracticeActivity.class, String.class));
	}

	/**
	 * Removes the learner's sessions in the program, and those whose start has not
	 * arrived.
	 * @return how many sessions were removed
	 */
	public long removeLearner(String programId, String learnerId) {
		return this.mongo.remove(ofLearner(programId, learnerId), PracticeActivity.class).getDeletedCount();
	}

	private static Query ofLearner(String programId, String learnerId) {
		return Query.query(Criteria.where("learnerId")
			.is(learnerId)
			.orOperator(Criteria.where("programId").is(programId), Criteria.where("programId").is(null)));
	}

	public void record(PracticeSessionEvent event) {
		Update update = new Update().set("learnerId", event.learnerId()).set("cohortId", event.cohortId());
		if (event instanceof PracticeSessionStarted started) {
			update.set("startedAt", started.occurredAt())
				.set("programId", started.programId())
				.set("roleTrack", started.roleTrack())
				.set("mode", started.mode().name())
				.set("assignmentId", started.assignmentId())
				.setOnInsert("answeredCount", 0);
		}
		else if (event instanceof PracticeSessionCompleted completed) {
			update.set("completedAt", completed.occurredAt()).set("answeredCount", completed.answeredCount());
		}
		this.mongo.upsert(Query.query(Criteria.where("_id").is(event.sessionId())), update, PracticeActivity.class);
	}

}
