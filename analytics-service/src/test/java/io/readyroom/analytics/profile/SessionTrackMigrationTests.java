package io.readyroom.analytics.profile;

import java.util.List;
import java.util.UUID;

import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A profile stored by a version that took the latest session's role track for the
 * learner's role has no target role after the migration; one an enrolment placed keeps
 * its target role.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class SessionTrackMigrationTests {

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private SessionTrackMigration migration;

	@Test
	void aSessionsTrackIsNoTargetRoleButAnEnrolmentsIs() {
		String older = "learner-" + UUID.randomUUID();
		String enrolled = "learner-" + UUID.randomUUID();
		this.mongo.save(profile(older, null), "learner_profiles");
		this.mongo.save(profile(enrolled, 1), "learner_profiles");
		this.mongo.remove(Query.query(Criteria.where("_id").is(SessionTrackMigration.MARKER)),
				LedgerBackfill.MIGRATIONS);

		this.migration.migrate();

		assertThat(this.mongo.findById(older, LearnerProfile.class).roleTrack()).isNull();
		assertThat(this.mongo.findById(enrolled, LearnerProfile.class).roleTrack()).isEqualTo("ehr-specialist");
		assertThat(this.mongo.exists(Query.query(Criteria.where("_id").is(SessionTrackMigration.MARKER)),
				LedgerBackfill.MIGRATIONS))
			.isTrue();
	}

	private static Document profile(String learnerId, Integer enrolmentRevision) {
		return new Document("_id", learnerId).append("cohortId", "cohort-" + learnerId)
			.append("programId", "program-a")
			.append("roleTrack", "ehr-specialist")
			.append("enrolmentRevision", enrolmentRevision)
			.append("answerCount", 0)
			.append("meanScore", 0.0)
			.append("sessionsStarted", 1)
			.append("sessionsCompleted", 0)
			.append("competencies", List.of());
	}

}
