package io.readyroom.analytics.score;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.CompetencyScore;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** The score that counts for one answer. */
@Document("scored_answers")
public record ScoredAnswer(@Id String answerId, @Indexed String learnerId, String cohortId, String sessionId,
		String questionId, int questionVersion, int score, List<CompetencyScore> competencyScores, Instant submittedAt,
		String scorerVersion) {

	static ScoredAnswer of(AnswerScored event) {
		return new ScoredAnswer(event.answerId(), event.learnerId(), event.cohortId(), event.sessionId(),
				event.questionId(), event.questionVersion(), event.score(), event.competencyScores(),
				event.submittedAt(), event.scorerVersion());
	}

	boolean isSupersededBy(AnswerScored event) {
		return event.questionVersion() >= this.questionVersion;
	}

}
