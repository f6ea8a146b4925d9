package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.List;

import io.readyroom.support.audit.DataRead;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model behind a learner's report and the learner's row on the cohort dashboard.
 * Fields from scores and fields from sessions are written by separate listeners, each
 * from all of its own stored input, so both are exact on their own.
 *
 * @param cohortId the cohort the learner's figures count in: their enrolment's where the
 * program enrolled them ({@code null} once removed), else the one their events name
 * @param roleTrack the learner's target role as staff set it in their enrolment, which
 * readiness and the requirements of the weak-area report follow; {@code null} when none
 * is set (readiness is then not judged). Never the role track of a session: sessions of
 * any track count as evidence for competencies, they do not change the role
 * @param proposedTargetRole a role track the learner proposed that staff have not
 * confirmed yet; shown, not judged against
 * @param answerWeeks answers (and their score sum) per week
 * @param sessionWeeks sessions started per week
 * @param enrolmentRevision the revision of the enrolment the cohort and roles were taken
 * from; {@code null} while the program has enrolled the learner in none (bookkeeping)
 */
@Document("learner_profiles")
// dashboard recompute, matrix pages, exports, a cohort's program
@CompoundIndex(def = "{ 'cohortId': 1, '_id': 1 }", useGeneratedName = true)
// the profiles changed since a dashboard pass, whatever their cohort
@CompoundIndex(def = "{ 'updatedAt': 1 }", useGeneratedName = true)
// program exports, a program's cohorts when its rules change
@CompoundIndex(def = "{ 'programId': 1, '_id': 1 }", useGeneratedName = true)
public record LearnerProfile(@Id String learnerId, String cohortId, String programId, String roleTrack,
		String proposedTargetRole, int answerCount, double meanScore, List<CompetencyStanding> competencies,
		List<QuestionTally> questions, List<KeyPointTally> keyPoints, List<WeekTally> answerWeeks, int sessionsStarted,
		int sessionsCompleted, List<WeekTally> sessionWeeks, Instant lastAnsweredAt, Integer enrolmentRevision,
		Instant updatedAt) {

	/** A profile created by session activity alone has no competencies yet. */
	public LearnerProfile {
		competencies = (competencies != null) ? List.copyOf(competencies) : List.of();
		questions = (questions != null) ? List.copyOf(questions) : List.of();
		keyPoints = (keyPoints != null) ? List.copyOf(keyPoints) : List.of();
		answerWeeks = (answerWeeks != null) ? List.copyOf(answerWeeks) : List.of();
		sessionWeeks = (sessionWeeks != null) ? List.copyOf(sessionWeeks) : List.of();
	}

	/** A read of this profile, or of a report made from it, for the access log. */
	public DataRead read(String what) {
		return DataRead.ofLearner(what, this.learnerId, this.programId, this.cohortId);
	}

	public java.util.Optional<CompetencyStanding> standing(String competency) {
		return this.competencies.stream().filter((standing) -> standing.competency().equals(competency)).findFirst();
	}

}
