package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model behind a learner's report and the learner's row on the cohort dashboard.
 * Fields from scores and fields from sessions are written by separate listeners, each
 * from all of its own stored input, so both are exact on their own.
 *
 * @param roleTrack the target role of the learner's latest session
 * @param answerWeeks answers (and their score sum) per week
 * @param sessionWeeks sessions started per week
 */
@Document("learner_profiles")
public record LearnerProfile(@Id String learnerId, String cohortId, String programId, String roleTrack, int answerCount,
		double meanScore, List<CompetencyStanding> competencies, List<QuestionTally> questions,
		List<KeyPointTally> keyPoints, List<WeekTally> answerWeeks, int sessionsStarted, int sessionsCompleted,
		List<WeekTally> sessionWeeks, Instant lastAnsweredAt, Instant updatedAt) {

	/** A profile created by session activity alone has no competencies yet. */
	public LearnerProfile {
		competencies = (competencies != null) ? List.copyOf(competencies) : List.of();
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		keyPoints = (keyPoints != null) ? List.copyOf(keyPoints) : List.of();
		answerWeeks = (answerWeeks != null) ? List.copyOf(answerWeeks) : List.of();
		sessionWeeks = (sessionWeeks != null) ? List.copyOf(sessionWeeks) : List.of();
	}

	public java.util.Optional<CompetencyStanding> standing(String competency) {
		return this.competencies.stream().filter((standing) -> standing.competency().equals(competency)).findFirst();
	}

}
