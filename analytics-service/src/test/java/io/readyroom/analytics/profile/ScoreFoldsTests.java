package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import io.readyroom.analytics.score.ReviewRecorder;
import io.readyroom.analytics.score.ScoreRecorder;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.Verdict;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scores folded into running totals: each answer counts once, with what it counts for
 * now, however often its score arrives, is re-scored or reviewed, and whether a fold was
 * cut off before it marked its answers; the totals give the profile a fold of every
 * stored answer gives.
 */
@SpringBootTest(properties = "spring.kafka.listener.auto-startup=false")
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ScoreFoldsTests {

	private static final String[] COMPETENCIES = { "release-of-information", "hipaa-privacy", "ehr-systems" };

	@Autowired
	private ScoreBatches batches;

	@Autowired
	private ScoreFolds folds;

	@Autowired
	private ScoreRecorder scores;

	@Autowired
	private ReviewRecorder reviews;

	@Autowired
	private LearnerProfiles profiles;

	@Autowired
	private MongoTemplate mongo;

	@Test
	void aReScoreChangesTheTotalsByItsDifferenceOnce() {
		String learner = learner();
		AnswerScored first = scored(learner, 0, 40, 1, Instant.parse("2026-11-02T10:00:00Z"));
		AnswerScored second = scored(learner, 1, 80, 1, Instant.parse("2026-11-02T10:05:00Z"));
		this.batches.record(List.of(first, second));
		assertThat(profile(learner).meanScore()).isEqualTo(60.0);

		AnswerScored reScored = reScored(first, 60, 2);
		this.batches.record(List.of(reScored));
		this.batches.record(List.of(reScored, first));

		LearnerProfile profile = profile(learner);
		assertThat(profile.answerCount()).isEqualTo(2);
		assertThat(profile.meanScore()).isEqualTo(70.0);
		assertThat(figures(profile)).isEqualTo(figures(rebuilt(learner)));
	}

	@Test
	void aRedeliveredBatchChangesNothing() {
		String learner = learner();
		List<AnswerScored> batch = List.of(scored(learner, 0, 30, 1, Instant.parse("2026-11-03T09:00:00Z")),
				scored(learner, 2, 70, 1, Instant.parse("2026-11-03T09:10:00Z")),
				scored(learner, 4, 95, 1, Instant.parse("2026-11-03T09:20:00Z")));
		this.batches.record(batch);
		List<Object> once = figures(profile(learner));

		this.batches.record(batch);
		this.batches.record(batch.subList(1, 2));

		assertThat(figures(profile(learner))).isEqualTo(once);
		assertThat(profile(learner).answerCount()).isEqualTo(3);
	}

	@Test
	void aReviewBeforeItsScoreCountsOnceTheScoreIsFolded() {
		String learner = learner();
		AnswerScored scored = scored(learner, 0, 40, 1, Instant.parse("2026-11-04T09:00:00Z"));
		AnswerReviewed reviewed = review(scored, 1, 90);
		this.reviews.record(reviewed);
		this.folds.fold(List.of(FoldRequest.reviewed(reviewed)));
		assertThat(this.profiles.find(learner)).isEmpty();

		this.batches.record(List.of(scored));
		this.batches.record(List.of(reScored(scored, 20, 2)));

		LearnerProfile profile = profile(learner);
		assertThat(profile.answerCount()).isEqualTo(1);
		assertThat(profile.meanScore()).isEqualTo(90.0);
	}

	@Test
	void aFoldCutOffBeforeMarkingItsAnswersIsCompletedByTheNextOne() {
		String learner = learner();
		AnswerScored scored = scored(learner, 0, 40, 1, Instant.parse("2026-11-05T09:00:00Z"));
		this.batches.record(List.of(scored));
		AnswerScored reScored = reScored(scored, 70, 2);
		this.scores.record(reScored);
		FoldRequest request = FoldRequest.perLearner(List.of(reScored)).iterator().next();
		// the totals written, the answer's mark not: the instance stopped in between
		this.folds.fold(request, this.folds.prepareAfresh(request), new HashSet<>());

		this.batches.record(List.of(reScored));
		assertThat(profile(learner).meanScore()).isEqualTo(70.0);
		this.batches.record(List.of(reScored(scored, 80, 3)));

		LearnerProfile profile = profile(learner);
		assertThat(profile.answerCount()).isEqualTo(1);
		assertThat(profile.meanScore()).isEqualTo(80.0);
		assertThat(figures(profile)).isEqualTo(figures(rebuilt(learner)));
	}

	@Test
	void runningTotalsGiveTheProfileAFoldOfEveryStoredAnswerGives() {
		Random random = new Random(17);
		String learner = learner();
		Instant start = Instant.parse("2026-09-01T08:00:00Z");
		List<AnswerScored> given = new ArrayList<>();
		for (int round = 0; round < 12; round++) {
			List<AnswerScored> batch = new ArrayList<>();
			for (int i = 0; i < 1 + random.nextInt(8); i++) {
				// submission times out of arrival order, some weeks apart
				Instant submittedAt = start.plusSeconds(3600L * random.nextInt(24 * 70));
				batch.add(scored(learner, random.nextInt(6), random.nextInt(101), 1, submittedAt));
			}
			if (!given.isEmpty() && random.nextBoolean()) {
				AnswerScored earlier = given.get(random.nextInt(given.size()));
				batch.add(reScored(earlier, random.nextInt(101), 1 + round));
			}
			if (!given.isEmpty() && random.nextInt(3) == 0) {
				AnswerReviewed reviewed = review(given.get(random.nextInt(given.size())), 1 + round,
						random.nextInt(101));
				this.reviews.record(reviewed);
				this.folds.fold(List.of(FoldRequest.reviewed(reviewed)));
			}
			given.addAll(batch);
			this.batches.record(batch);
			if (random.nextInt(4) == 0) {
				this.batches.record(batch);
			}
		}

		assertThat(figures(profile(learner))).isEqualTo(figures(rebuilt(learner)));
	}

	private LearnerProfile profile(String learner) {
		return this.profiles.find(learner).orElseThrow();
	}

	private LearnerProfile rebuilt(String learner) {
		List<ScoredAnswer> answers = this.mongo.find(Query.query(Criteria.where("learnerId").is(learner)),
				ScoredAnswer.class);
		return LearnerProfiles.fromHistory(learner, "cohort-a", "program-a", null, answers, List.of());
	}

	/** What a profile says about the learner's answers. */
	private static List<Object> figures(LearnerProfile profile) {
		return List.of(profile.answerCount(), profile.meanScore(), profile.competencies(), profile.questions(),
				profile.keyPoints(), profile.answerWeeks(), profile.lastAnsweredAt());
	}

	private static String learner() {
		return "learner-" + UUID.randomUUID();
	}

	/**
	 * An answer to question {@code q-<question>}, which assesses one fixed competency.
	 */
	private static AnswerScored scored(String learner, int question, int score, int questionVersion,
			Instant submittedAt) {
		AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1,
				Instant.now(), UUID.randomUUID().toString(), "s-1", learner, "program-a", "cohort-a", "q-" + question,
				questionVersion, "An answer.");
		AnswerScored scored = AnswerScored.of(answer, questionVersion, score,
				List.of(new CompetencyScore(COMPETENCIES[question % COMPETENCIES.length], score)), criteria(score),
				null, "key-phrase-coverage/1");
		return reScored(scored, score, questionVersion, submittedAt);
	}

	private static AnswerScored reScored(AnswerScored scored, int score, int questionVersion) {
		return reScored(scored, score, questionVersion, scored.submittedAt());
	}

	private static AnswerScored reScored(AnswerScored scored, int score, int questionVersion, Instant submittedAt) {
		return new AnswerScored(UUID.randomUUID().toString(), AnswerScored.TYPE, scored.schemaVersion(), Instant.now(),
				scored.answerId(), scored.sessionId(), scored.learnerId(), scored.programId(), scored.cohortId(),
				scored.questionId(), questionVersion, submittedAt, score,
				List.of(new CompetencyScore(scored.competencyScores().get(0).competency(), score)), criteria(score),
				null, scored.scorerVersion());
	}

	private static List<CriterionResult> criteria(int score) {
		return List.of(new CriterionResult("kp-1", (score >= 50) ? Verdict.MET : Verdict.PARTIAL, "words", 0, 5),
				(score >= 70) ? new CriterionResult("kp-2", Verdict.MET, "words", 0, 5)
						: CriterionResult.missed("kp-2"));
	}

	private static AnswerReviewed review(AnswerScored scored, int revision, int score) {
		return AnswerReviewed.of(new AnswerReviewed.Review(scored.answerId(), scored.learnerId(), "program-a",
				"cohort-a", scored.questionId(), scored.questionVersion(), revision, scored.score(), score,
				List.of(new AnswerReviewed.ReviewedCriterion("kp-2", Verdict.MISSED)), "", "carla", "coach"));
	}

}
