package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.readyroom.analytics.activity.PracticeActivityRecorder;
import io.readyroom.analytics.score.ReviewRecorder;
import io.readyroom.analytics.score.ScoreRecorder;
import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.SessionMode;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
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
 * A learner's re-score and a review of the same answer handled at the same time, by two
 * consumers, both folding into the same running totals: the interleaving in which the
 * re-score's fold read the profile and the answer before the review was folded and writes
 * after it, played step by step; and the same for two consumers of one learner's
 * sessions, which rebuild their fields.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ProfileRebuildRaceTests {

	private static final String COMPETENCY = "release-of-information";

	@Autowired
	private ScoreRecorder scores;

	@Autowired
	private ScoreBatches batches;

	@Autowired
	private ScoreFolds folds;

	@Autowired
	private ReviewRecorder reviews;

	@Autowired
	private LearnerProfiles profiles;

	@Autowired
	private LearnerLedgers ledgers;

	@Autowired
	private PracticeActivityRecorder activity;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aFoldThatReadTheAnswersBeforeAReviewWasFoldedFoldsAgain() {
		String learner = "learner-" + UUID.randomUUID();
		AnswerScored scored = scored(learner, 40);
		this.batches.record(List.of(scored));
		AnswerScored reScored = reScored(scored, 60);
		AnswerReviewed reviewed = AnswerReviewed.of(new AnswerReviewed.Review(scored.answerId(), learner, "program-a",
				"cohort-a", "hit-roi-process", 2, 1, 60, 90, List.of(), "", "carla", "coach"));
		this.scores.record(reScored);
		FoldRequest reScoring = FoldRequest.perLearner(List.of(reScored)).iterator().next();
		LearnerFold readBeforeReview = this.folds.prepareAfresh(reScoring);

		// the review listener, between this fold's read and its write
		this.reviews.record(reviewed);
		this.folds.fold(List.of(FoldRequest.reviewed(reviewed)));
		assertThat(this.profiles.find(learner).orElseThrow().meanScore()).isEqualTo(90.0);

		this.folds.fold(reScoring, readBeforeReview, new HashSet<>());

		LearnerProfile profile = this.profiles.find(learner).orElseThrow();
		assertThat(profile.meanScore()).isEqualTo(90.0);
		assertThat(profile.answerCount()).isEqualTo(1);
	}

	@Test
	void aSessionRebuildThatReadTheSessionsBeforeAnotherWasRecordedRebuildsAgain() {
		String learner = "learner-" + UUID.randomUUID();
		PracticeSessionStarted first = started(learner);
		this.activity.record(first);
		LearnerLedger countedFirst = this.ledgers.withSession(learner, first.sessionId());
		AtomicBoolean startedMeanwhile = new AtomicBoolean();

		this.profiles.rebuildActivity(countedFirst, (fields, programId) -> {
			if (!startedMeanwhile.getAndSet(true)) {
				// another consumer, given the partition, handles the learner's next
				// session between this rebuild's read and its write
				PracticeSessionStarted second = started(learner);
				this.activity.record(second);
				this.profiles.refreshActivity(second);
				assertThat(this.profiles.find(learner).orElseThrow().sessionsStarted()).isEqualTo(2);
			}
			this.mongo.upsert(Query.query(Criteria.where("_id").is(learner)), fields.set("cohortId", "cohort-a"),
					LearnerProfile.class);
		});

		assertThat(this.profiles.find(learner).orElseThrow().sessionsStarted()).isEqualTo(2);
	}

	private static PracticeSessionStarted started(String learner) {
		return PracticeSessionStarted.of("s-" + UUID.randomUUID(), learner, "program-a", "cohort-a",
				"health-information-technician", SessionMode.MOCK_INTERVIEW);
	}

	private static AnswerScored reScored(AnswerScored scored, int score) {
		return new AnswerScored(UUID.randomUUID().toString(), AnswerScored.TYPE, scored.schemaVersion(), Instant.now(),
				scored.answerId(), scored.sessionId(), scored.learnerId(), scored.programId(), scored.cohortId(),
				scored.questionId(), 2, scored.submittedAt(), score, List.of(new CompetencyScore(COMPETENCY, score)),
				List.of(), null, scored.scorerVersion());
	}

	private static AnswerScored scored(String learner, int score) {
		AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1,
				Instant.now(), UUID.randomUUID().toString(), "s-1", learner, "program-a", "cohort-a", "hit-roi-process",
				1, "An answer.");
		return AnswerScored.of(answer, 1, score, List.of(new CompetencyScore(COMPETENCY, score)), List.of(), null,
				"key-phrase-coverage/1");
	}

}
