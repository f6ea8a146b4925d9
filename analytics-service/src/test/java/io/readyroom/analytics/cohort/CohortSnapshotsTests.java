package io.readyroom.analytics.cohort;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.analytics.profile.CompetencyStanding;
import io.readyroom.analytics.profile.KeyPointTally;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.QuestionTally;
import io.readyroom.analytics.profile.Trend;
import io.readyroom.analytics.profile.WeekTally;
import io.readyroom.analytics.readiness.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dashboard computed from a snapshot kept up to date by change reads equals one
 * computed from a fresh read of the store.
 */
class CohortSnapshotsTests {

	private static final Instant START = Instant.parse("2027-02-01T09:00:00Z");

	private static final CohortSnapshotSettings SETTINGS = new CohortSnapshotSettings(Duration.ofMinutes(1),
			Duration.ofSeconds(1));

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	private final MutableClock clock = new MutableClock(START);

	private CohortSnapshots snapshots;

	@BeforeEach
	void startStore() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "snapshots");
		this.snapshots = new CohortSnapshots(this.mongo, this.clock, SETTINGS,
				new ErasedLearners(this.mongo, this.clock, (event) -> {
				}));
	}

	@AfterEach
	void stopStore() {
		this.client.close();
		this.server.shutdown();
	}

	@Test
	void aPassAfterAChangeReflectsExactlyThatChange() {
		store(profile("ana", "cohort-a", 70));
		store(profile("ben", "cohort-a", 50));
		this.snapshots.catchUp();
		this.snapshots.of("cohort-a");

		LearnerProfile rescored = store(profile("ana", "cohort-a", 90));

		assertThat(this.snapshots.catchUp()).containsExactly("cohort-a");
		assertThat(this.snapshots.of("cohort-a").profiles()).containsExactlyInAnyOrder(rescored,
				this.mongo.findById("ben", LearnerProfile.class));
	}

	@Test
	void aPassWithoutChangesReportsNone() {
		store(profile("ana", "cohort-a", 70));
		this.snapshots.catchUp();
		this.snapshots.of("cohort-a");
		this.clock.advance(Duration.ofMillis(200));

		assertThat(this.snapshots.catchUp()).isEmpty();
	}

	@Test
	void answersRescoresAndALearnerMovingCohortsLeaveTheSameDashboardsAsAFullRead() {
		store(profile("ana", "cohort-a", 70));
		store(profile("ben", "cohort-a", 50));
		store(profile("cy", "cohort-b", 60));
		this.snapshots.catchUp();
		this.snapshots.of("cohort-a");
		this.snapshots.of("cohort-b");

		store(profile("dee", "cohort-a", 40));
		assertThat(this.snapshots.catchUp()).containsExactly("cohort-a");
		store(profile("ana", "cohort-a", 85));
		store(profile("ben", "cohort-b", 50));
		assertThat(this.snapshots.catchUp()).containsExactlyInAnyOrder("cohort-a", "cohort-b");
		store(profile("cy", "cohort-b", 20));

		this.snapshots.catchUp();
		CohortSnapshots fresh = new CohortSnapshots(this.mongo, this.clock, SETTINGS,
				new ErasedLearners(this.mongo, this.clock, (event) -> {
				}));
		for (String cohort : List.of("cohort-a", "cohort-b")) {
			assertThat(dashboard(cohort, this.snapshots.of(cohort).profiles()))
				.isEqualTo(dashboard(cohort, fresh.of(cohort).profiles()));
		}
		assertThat(this.snapshots.of("cohort-a").profiles()).extracting(LearnerProfile::learnerId)
			.containsExactlyInAnyOrder("ana", "dee");
	}

	@Test
	void aWriteThatBecomesVisibleLateWithinTheMarginIsStillRead() {
		store(profile("ana", "cohort-a", 70));
		this.snapshots.catchUp();
		this.snapshots.of("cohort-a");
		Instant takenBeforeTheRead = this.clock.instant();
		this.clock.advance(Duration.ofMillis(200));
		this.snapshots.catchUp();

		LearnerProfile late = this.mongo.save(profile("ana", "cohort-a", 95, takenBeforeTheRead));
		this.clock.advance(Duration.ofMillis(200));

		assertThat(this.snapshots.catchUp()).containsExactly("cohort-a");
		assertThat(this.snapshots.of("cohort-a").profiles()).containsExactly(late);
	}

	/** A removed profile leaves no change to read; the erasure's note stands for it. */
	@Test
	void aLearnerErasedFromTheCohortLeavesTheSameDashboardAsAFullRead() {
		ErasedLearners erased = new ErasedLearners(this.mongo, this.clock, (event) -> {
		});
		store(profile("ana", "cohort-a", 70));
		LearnerProfile ben = store(profile("ben", "cohort-a", 50));
		this.snapshots.catchUp();
		this.snapshots.of("cohort-a");
		this.clock.advance(Duration.ofMillis(200));

		erased.remember("program-1", "ana");
		this.mongo.remove(this.mongo.findById("ana", LearnerProfile.class));
		erased.cohortsChanged("program-1", "ana", List.of("cohort-a"));
		this.clock.advance(Duration.ofMillis(200));

		assertThat(this.snapshots.catchUp()).containsExactly("cohort-a");
		assertThat(this.snapshots.of("cohort-a").profiles()).containsExactly(ben);
	}

	@Test
	void aSnapshotOlderThanTheFullReadIntervalIsReadAfresh() {
		store(profile("ana", "cohort-a", 70));
		this.snapshots.catchUp();
		this.snapshots.of("cohort-a");
		LearnerProfile outsideTheMargin = this.mongo.save(profile("ana", "cohort-a", 95, START.minusSeconds(60)));

		this.clock.advance(SETTINGS.fullReadInterval().plusMillis(1));
		this.snapshots.catchUp();

		assertThat(this.snapshots.of("cohort-a").profiles()).containsExactly(outsideTheMargin);
	}

	private LearnerProfile store(LearnerProfile profile) {
		this.clock.advance(Duration.ofMillis(50));
		return this.mongo.save(new LearnerProfile(profile.learnerId(), profile.cohortId(), profile.programId(),
				profile.roleTrack(), profile.proposedTargetRole(), profile.answerCount(), profile.meanScore(),
				profile.competencies(), profile.questions(), profile.keyPoints(), profile.answerWeeks(),
				profile.sessionsStarted(), profile.sessionsCompleted(), profile.sessionWeeks(),
				profile.lastAnsweredAt(), profile.enrolmentRevision(), this.clock.instant()));
	}

	private static LearnerProfile profile(String learnerId, String cohortId, int score) {
		return profile(learnerId, cohortId, score, null);
	}

	private static LearnerProfile profile(String learnerId, String cohortId, int score, Instant updatedAt) {
		Instant answeredAt = START.minusSeconds(3600);
		return new LearnerProfile(learnerId, cohortId, "program-1", "health-information-technician", null, 1, score,
				List.of(new CompetencyStanding("release-of-information", 1, score, score, 0.2,
						new Trend("insufficient-evidence", 0), answeredAt)),
				List.of(new QuestionTally("roi-request", 1, score, score)),
				List.of(new KeyPointTally("roi-request", "verify-authorization", List.of("release-of-information"), 1,
						(score < 60) ? 1 : 0, 0)),
				List.of(new WeekTally("2027-W05", 1, score)), 1, 0, List.of(new WeekTally("2027-W05", 1, 0)),
				answeredAt, null, updatedAt);
	}

	private static CohortDashboard dashboard(String cohortId, Collection<LearnerProfile> profiles) {
		CohortFigures figures = new CohortFigures();
		profiles.forEach((profile) -> figures.add(profile, Readiness.of(profile, Map.of())));
		return figures.dashboard(cohortId, "program-1", BankTexts.NONE, START);
	}

	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

	}

}
