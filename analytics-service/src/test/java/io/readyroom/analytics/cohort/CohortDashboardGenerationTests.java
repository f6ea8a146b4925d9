package io.readyroom.analytics.cohort;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.readyroom.analytics.profile.CompetencyStanding;
import io.readyroom.analytics.profile.KeyPointTally;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.QuestionTally;
import io.readyroom.analytics.profile.Trend;
import io.readyroom.analytics.profile.WeekTally;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances recomputing one cohort write in either order: the dashboard keeps the
 * recompute of the latest mark generation.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class CohortDashboardGenerationTests {

	@Autowired
	private CohortDashboards dashboards;

	@Autowired
	private MongoTemplate mongo;

	private final String cohort = "cohort-" + UUID.randomUUID();

	@Test
	void aSlowRecomputeOfAnEarlierMarkLeavesTheDashboardOfALaterOne() {
		this.dashboards.recompute(this.cohort, List.of(profile(90)), 6);

		this.dashboards.recompute(this.cohort, List.of(profile(40)), 5);

		assertThat(this.dashboards.find(this.cohort).orElseThrow().meanScore()).isEqualTo(90.0);
		this.dashboards.recompute(this.cohort, List.of(profile(70)), 6);
		assertThat(this.dashboards.find(this.cohort).orElseThrow().meanScore()).isEqualTo(70.0);
	}

	@Test
	void aDashboardStoredBeforeGenerationsIsReplaced() {
		this.mongo.insert(new Document("_id", this.cohort).append("programId", "program-1").append("learners", 0),
				"cohort_dashboards");

		this.dashboards.recompute(this.cohort, List.of(profile(80)), 1);

		assertThat(this.dashboards.find(this.cohort).orElseThrow().meanScore()).isEqualTo(80.0);
		assertThat(this.mongo.findById(this.cohort, Document.class, "cohort_dashboards"))
			.containsEntry("markGeneration", 1L);
	}

	private LearnerProfile profile(int score) {
		Instant answeredAt = Instant.parse("2027-02-01T08:00:00Z");
		return new LearnerProfile("ana", this.cohort, "program-1", "health-information-technician", null, 1, score,
				List.of(new CompetencyStanding("release-of-information", 1, score, score, 0.2,
						new Trend("insufficient-evidence", 0), answeredAt)),
				List.of(new QuestionTally("roi-request", 1, score, score)),
				List.of(new KeyPointTally("roi-request", "verify-authorization", List.of("release-of-information"), 1,
						(score < 60) ? 1 : 0, 0)),
				List.of(new WeekTally("2027-W05", 1, score)), 1, 0, List.of(new WeekTally("2027-W05", 1, 0)),
				answeredAt, null, answeredAt);
	}

}
