package io.readyroom.analytics.score;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.Verdict;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Field;

/**
 * One answer as it counts: the machine's score with the verdict on each rubric key point
 * (the evidence stays with scoring; analytics only counts verdicts), and the latest
 * review of it, if any. A reviewed answer counts with the reviewer's score and verdicts
 * ({@link #score()}, {@link #competencyScores()}, {@link #keyPoints()}); the machine's
 * stay beside them for comparison.
 * <p>
 * The machine's part keeps the field names it always had, so answers stored before
 * reviews existed read unchanged, and the two parts are written separately (by
 * {@link ScoreRecorder} and {@link ReviewRecorder}), so a score and a review of the same
 * answer handled at the same time never overwrite each other.
 *
 * @param machineScore the machine's score under {@code questionVersion}
 * @param review the highest revision of the answer's review; {@code null} when nobody
 * reviewed it
 */
@Document("scored_answers")
// date-range exports of a cohort or a program, one learner after another
@CompoundIndex(def = "{ 'cohortId': 1, 'learnerId': 1, 'submittedAt': 1 }", useGeneratedName = true)
@CompoundIndex(def = "{ 'programId': 1, 'learnerId': 1, 'submittedAt': 1 }", useGeneratedName = true)
// the reviewed answers of a cohort or a program, for the agreement report
@CompoundIndex(def = "{ 'cohortId': 1, 'review.revision': 1 }", useGeneratedName = true)
@CompoundIndex(def = "{ 'programId': 1, 'review.revision': 1 }", useGeneratedName = true)
// a completed session's answers, for its xAPI statement
@CompoundIndex(def = "{ 'sessionId': 1 }", useGeneratedName = true)
public record ScoredAnswer(@Id String answerId, String learnerId, String programId, String cohortId, String sessionId,
		String questionId, int questionVersion, @Field("score") int machineScore,
		@Field("competencyScores") List<CompetencyScore> machineCompetencyScores,
		@Field("keyPoints") List<KeyPointVerdict> machineKeyPoints, Instant submittedAt, String scorerVersion,
		Review review) {

	public ScoredAnswer {
		machineCompetencyScores = (machineCompetencyScores != null) ? List.copyOf(machineCompetencyScores) : List.of();
		machineKeyPoints = (machineKeyPoints != null) ? List.copyOf(machineKeyPoints) : List.of();
	}

	public static ScoredAnswer of(AnswerScored event) {
		return new ScoredAnswer(event.answerId(), event.learnerId(), event.programId(), event.cohortId(),
				event.sessionId(), event.questionId(), event.questionVersion(), event.score(), event.competencyScores(),
				KeyPointVerdict.of(event), event.submittedAt(), event.scorerVersion(), null);
	}

	/** Whether anyone reviewed the answer; not a bean getter, so it is never stored. */
	public boolean reviewed() {
		return this.review != null;
	}

	/** The score that counts: the reviewer's when reviewed, else the machine's. */
	public int score() {
		return reviewed() ? this.review.score() : this.machineScore;
	}

	/**
	 * The score that counts per competency the question assesses: the machine's, or for a
	 * reviewed answer the reviewed score for each of them, since a reviewer grades the
	 * answer as a whole.
	 */
	public List<CompetencyScore> competencyScores() {
		if (!reviewed()) {
			return this.machineCompetencyScores;
		}
		return this.machineCompetencyScores.stream()
			.map((machine) -> new CompetencyScore(machine.competency(), this.review.score()))
			.toList();
	}

	/**
	 * The verdict that counts on each key point: the reviewer's where the review names
	 * the key point, else the machine's. A review's verdict on a key point the scored
	 * rubric version does not have (the answer was re-scored since) is not counted.
	 */
	public List<KeyPointVerdict> keyPoints() {
		if (!reviewed()) {
			return this.machineKeyPoints;
		}
		Map<String, Verdict> reviewed = this.review.verdicts()
			.stream()
			.collect(Collectors.toMap(KeyPointVerdict::criterionId, KeyPointVerdict::verdict, (a, b) -> b));
		return this.machineKeyPoints.stream()
			.map((machine) -> new KeyPointVerdict(machine.criterionId(),
					reviewed.getOrDefault(machine.criterionId(), machine.verdict())))
			.toList();
	}

	/**
	 * The verdict on one rubric key point of the question version the answer was scored
	 * under.
	 */
	public record KeyPointVerdict(String criterionId, Verdict verdict) {

		static List<KeyPointVerdict> of(AnswerScored event) {
			return event.criteria()
				.stream()
				.map((criterion) -> new KeyPointVerdict(criterion.criterionId(), criterion.verdict()))
				.toList();
		}

	}

	/**
	 * A coach's, director's or admin's grade of the answer, the highest revision
	 * received.
	 *
	 * @param verdicts the reviewer's verdict per rubric key point
	 * @param reviewerRole {@code coach}, {@code director} or {@code admin}
	 */
	public record Review(int revision, int score, List<KeyPointVerdict> verdicts, String reviewerId,
			String reviewerRole, Instant reviewedAt) {

		public Review {
			verdicts = (verdicts != null) ? List.copyOf(verdicts) : List.of();
		}

		static Review of(AnswerReviewed event) {
			return new Review(event.revision(), event.score(),
					event.criteria()
						.stream()
						.map((criterion) -> new KeyPointVerdict(criterion.criterionId(), criterion.verdict()))
						.toList(),
					event.reviewerId(), event.reviewerRole(), event.occurredAt());
		}

	}

}
