package io.readyroom.analytics.score;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.Verdict;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The score that counts for one answer, with the verdict on each rubric key point (the
 * evidence stays with scoring; analytics only counts verdicts).
 */
@Document("scored_answers")
public record ScoredAnswer(@Id String answerId, String learnerId, String programId, String cohortId, String sessionId,
		String questionId, int questionVersion, int score, List<CompetencyScore> competencyScores,
		List<KeyPointVerdict> keyPoints, Instant submittedAt, String scorerVersion) {

	public ScoredAnswer {
		competencyScores = (competencyScores != null) ? List.copyOf(competencyScores) : List.of();
		keyPoints = (keyPoints != null) ? List.copyOf(keyPoints) : List.of();
	}

	static ScoredAnswer of(AnswerScored event) {
		List<KeyPointVerdict> keyPoints = event.criteria()
			.stream()
			.map((criterion) -> new KeyPointVerdict(criterion.criterionId(), criterion.verdict()))
			.toList();
		return new ScoredAnswer(event.answerId(), event.learnerId(), event.programId(), event.cohortId(),
				event.sessionId(), event.questionId(), event.questionVersion(), event.score(), event.competencyScores(),
				keyPoints, event.submittedAt(), event.scorerVersion());
	}

	boolean isSupersededBy(AnswerScored event) {
		return event.questionVersion() >= this.questionVersion;
	}

	/**
	 * The verdict on one rubric key point of the question version the answer was scored
	 * under.
	 */
	public record KeyPointVerdict(String criterionId, Verdict verdict) {

	}

}
