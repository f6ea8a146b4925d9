package io.readyroom.analytics.activity;

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
