package io.readyroom.analytics.cohort;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort's figures. The learners × competencies matrix is too large for one document at
 * 10,000 learners; it is served page by page from the profiles
 * ({@code /api/cohorts/{id}/matrix}) and by the exports.
 *
 * @param name the cohort's name as the program gave it; {@code null} before the program
 * described the cohort
 * @param closed whether the cohort's term has ended; its figures stay readable
 * @param learnersWithTarget learners whose target role is set, against which readiness is
 * judged
 * @param learnersWithoutTarget learners without a target role: readiness is not judged
 * for them, and they do not count in the readiness rate
 * @param readinessRate ready learners over learners with a target role
 * @param sessionsStarted the learners' practice sessions started
 * @param sessionsCompleted the learners' practice sessions completed
 * @param blocking how many learners each competency keeps from being ready
 * @param missedKeyPoints the key points the cohort misses most
 * @param computedAt when the figures were computed (bookkeeping, not a figure)
 */
@Document("cohort_dashboards")
// cohort comparison of a program
@CompoundIndex(def = "{ 'programId': 1, '_id': 1 }", useGeneratedName = true)
public record CohortDashboard(@Id String cohortId, String programId, String name, boolean closed, int learners,
		int learnersWithTarget, int learnersWithoutTarget, int readyLearners, double readinessRate, long answers,
		double meanScore, long sessionsStarted, long sessionsCompleted, List<CompetencyDistribution> competencies,
		List<CompetencyCount> blocking, List<KeyPointFigures> missedKeyPoints, List<QuestionStatistics> questions,
		List<WeekFigures> weeks, Instant computedAt) {

	/** These figures under the cohort's name and term status. */
	CohortDashboard named(String name, boolean closed) {
		return new CohortDashboard(this.cohortId, this.programId, name, closed, this.learners, this.learnersWithTarget,
				this.learnersWithoutTarget, this.readyLearners, this.readinessRate, this.answers, this.meanScore,
				this.sessionsStarted, this.sessionsCompleted, this.competencies, this.blocking, this.missedKeyPoints,
				this.questions, this.weeks, this.computedAt);
	}

	/**
	 * The spread of the learners' mastery in one competency; quartiles by linear
	 * interpolation between order statistics (the "type 7" definition, as
	 * {@code QUARTILE.INC} and numpy's default).
	 *
	 * @param competencyName the competency model's name; the id for a competency it does
	 * not name
	 */
	public record CompetencyDistribution(String competency, String competencyName, int learners, double mean,
			double min, double q1, double median, double q3, double max) {

	}

	/**
	 * @param competencyName the competency model's name; the id for a competency it does
	 * not name
	 */
	public record CompetencyCount(String competency, String competencyName, int learners) {

	}

	/**
	 * @param questionText the question's latest text; null when the bank has not told it
	 * @param description the key point's latest description, whole; the criterion id when
	 * the bank has not told it
	 * @param missRate (missed + partial / 2) over assessed
	 */
	public record KeyPointFigures(String questionId, String questionText, String criterionId, String description,
			int assessed, int missed, int partial, double missRate) {

	}

	/**
	 * @param questionText the question's latest text; null when the bank has not told it
	 * @param discrimination the upper-lower index: mean score on this question of the 27%
	 * of its learners with the highest overall mean score, minus that of the lowest 27%,
	 * over 100 (from -1 to 1); null with fewer than 4 learners
	 */
	public record QuestionStatistics(String questionId, String questionText, int attempts, int learners,
			double meanScore, Double discrimination) {

	}

	/**
	 * @param meanScore the mean score of the week's answers; null without answers
	 */
	public record WeekFigures(String week, int activeLearners, int sessions, int answers, Double meanScore) {

	}

}
