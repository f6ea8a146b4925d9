package io.readyroom.scoring.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.ScoreExplanation;
import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.support.audit.DataRead;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The explained score of one answer under the newest rubric version it was scored with,
 * with the question and the answer text the evidence offsets point into, and how unsure
 * the scorer was of it ({@code doubt}; null for feedback kept before it was recorded).
 *
 * @param answerText the answer; null once {@code answerTextRemoved}
 * @param answerTextRemoved whether the program's retention period for answer text has
 * passed and the answer's text, and every word quoted from it, was removed; the score,
 * verdicts and counts stay
 */
@Document("answer_feedback")
public record AnswerFeedback(@Id String answerId, String sessionId, @Indexed String learnerId,
		@Nullable String programId, String cohortId, String questionId, int questionVersion, String questionText,
		@Nullable String answerText, Instant submittedAt, Instant scoredAt, int score, List<KeyPointFeedback> criteria,
		ScoreExplanation explanation, String scorerVersion, @Nullable ScorerDoubt doubt, boolean answerTextRemoved) {

	static AnswerFeedback of(AnswerScored scored, ScoreReport report, String answerText, RubricVersion question) {
		Map<String, String> descriptions = question.rubric()
			.criteria()
			.stream()
			.collect(Collectors.toMap(RubricCriterion::id, RubricCriterion::description, (first, second) -> first));
		List<KeyPointFeedback> criteria = scored.criteria()
			.stream()
			.map((result) -> KeyPointFeedback.of(result, descriptions::get))
			.toList();
		return new AnswerFeedback(scored.answerId(), scored.sessionId(), scored.learnerId(), scored.programId(),
				scored.cohortId(), scored.questionId(), scored.questionVersion(), question.text(), answerText,
				scored.submittedAt(), scored.occurredAt(), scored.score(), criteria, scored.explanation(),
				scored.scorerVersion(), ScorerDoubt.of(report, descriptions), false);
	}

	/** A read of this answer, for the access log. */
	public DataRead read(String what) {
		return DataRead.ofLearner(what, this.learnerId, this.programId, this.cohortId);
	}

	/**
	 * The feedback as this reader may see it: staff see the graded answers the score
	 * leaned on; a learner sees their grades, not the other learners' words.
	 */
	public AnswerFeedback asReadBy(Caller reader) {
		if (!reader.isLearner(this.learnerId)) {
			return this;
		}
		return withExplanation(this.explanation.forLearner());
	}

	/**
	 * This feedback once the answer's text has expired: no text, no evidence, no quotes
	 * from it; the score, verdicts, offsets and the graded answers it leaned on stay.
	 */
	AnswerFeedback withoutAnswerText() {
		return new AnswerFeedback(this.answerId, this.sessionId, this.learnerId, this.programId, this.cohortId,
				this.questionId, this.questionVersion, this.questionText, null, this.submittedAt, this.scoredAt,
				this.score, this.criteria.stream().map(KeyPointFeedback::withoutEvidence).toList(),
				AnswerWords.removedFrom(this.explanation), this.scorerVersion, this.doubt, true);
	}

	/** This feedback citing none of {@code answerIds} by id or words. */
	AnswerFeedback withoutCitationsOf(Set<String> answerIds) {
		return withExplanation(AnswerWords.withoutCitationsOf(this.explanation, answerIds));
	}

	/** This feedback citing {@code answerIds} by id and grade, not by their words. */
	AnswerFeedback withoutCitedWordsOf(Set<String> answerIds) {
		return withExplanation(AnswerWords.withoutCitedWordsOf(this.explanation, answerIds));
	}

	private AnswerFeedback withExplanation(ScoreExplanation explanation) {
		return new AnswerFeedback(this.answerId, this.sessionId, this.learnerId, this.programId, this.cohortId,
				this.questionId, this.questionVersion, this.questionText, this.answerText, this.submittedAt,
				this.scoredAt, this.score, this.criteria, explanation, this.scorerVersion, this.doubt,
				this.answerTextRemoved);
	}

	/** How many graded answers the score leaned on: 0 when it leaned on none. */
	public int gradedExamplesLeanedOn() {
		return (this.explanation.gradedExamples() != null) ? this.explanation.gradedExamples().examples() : 0;
	}

	/**
	 * One rubric key point: its description, the verdict, and the answer's own words that
	 * met it ({@code evidenceStart}/{@code evidenceEnd} are offsets into the answer text;
	 * -1 when missed).
	 */
	public record KeyPointFeedback(String criterionId, String description, Verdict verdict, String evidence,
			int evidenceStart, int evidenceEnd) {

		static KeyPointFeedback of(CriterionResult result, Function<String, @Nullable String> descriptions) {
			String description = descriptions.apply(result.criterionId());
			return new KeyPointFeedback(result.criterionId(),
					(description != null) ? description : result.criterionId(), result.verdict(), result.evidence(),
					result.evidenceStart(), result.evidenceEnd());
		}

		KeyPointFeedback withoutEvidence() {
			return new KeyPointFeedback(this.criterionId, this.description, this.verdict, "", this.evidenceStart,
					this.evidenceEnd);
		}

	}

}
