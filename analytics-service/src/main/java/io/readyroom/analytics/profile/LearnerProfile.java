package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The read model behind a learner's report. */
@Document("learner_profiles")
public record LearnerProfile(@Id String learnerId, String cohortId, int answerCount, double meanScore,
		List<CompetencyStanding> competencies, int sessionsStarted, int sessionsCompleted, Instant updatedAt) {

	/** A profile created by session activity alone has no competencies yet. */
	public LearnerProfile {
		competencies = (competencies != null) ? List.copyOf(competencies) : List.of();
	}

}
