package io.readyroom.analytics.profile;

import java.time.Clock;
import java.util.List;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Profiles written before target roles existed name the role track of the learner's
 * latest session as their role, which is no target role: once, at start-up, it is taken
 * off every profile the program's enrolments did not place, and the dashboards of their
 * cohorts are recomputed. Safe while the listeners run: it touches only profiles no
 * enrolment placed, and a listener writing such a profile sets no role either.
 */
@Component
class SessionTrackMigration {

	static final String MARKER = "target-roles";

	private static final Logger log = LoggerFactory.getLogger(SessionTrackMigration.class);

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	SessionTrackMigration(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.events = events;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void migrate() {
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(MARKER)), LedgerBackfill.MIGRATIONS)) {
			return;
		}
		Query sessionTrackAsRole = Query.query(Criteria.where("enrolmentRevision").is(null).and("roleTrack").ne(null));
		sessionTrackAsRole.fields().include("cohortId");
		List<Document> profiles = this.mongo.find(sessionTrackAsRole, Document.class,
				this.mongo.getCollectionName(LearnerProfile.class));
		this.mongo.updateMulti(sessionTrackAsRole,
				new Update().set("roleTrack", null).set("updatedAt", this.clock.instant()), LearnerProfile.class);
		profiles.forEach((profile) -> this.events
			.publishEvent(new LearnerProfileChanged(profile.getString("_id"), profile.getString("cohortId"))));
		this.mongo.save(new Document("_id", MARKER).append("completedAt", this.clock.instant()),
				LedgerBackfill.MIGRATIONS);
		if (!profiles.isEmpty()) {
			log.info("Took the latest session's role track off {} profiles without a target role", profiles.size());
		}
	}

}
