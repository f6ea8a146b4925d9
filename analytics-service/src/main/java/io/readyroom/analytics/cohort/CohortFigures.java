package io.readyroom.analytics.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.readyroom.analytics.bank.BankTexts;
import io.readyroom.analytics.cohort.CohortDashboard.CompetencyCount;
import io.readyroom.analytics.cohort.CohortDashboard.CompetencyDistribution;
import io.readyroom.analytics.cohort.CohortDashboard.KeyPointFigures;
import io.readyroom.analytics.cohort.CohortDashboard.QuestionStatistics;
import io.readyroom.analytics.cohort.CohortDashboard.WeekFigures;
import io.readyroom.analytics.profile.CompetencyStanding;
import io.readyroom.analytics.profile.KeyPointTally;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.QuestionTally;
import io.readyroom.analytics.profile.WeekTally;
import io.readyroom.analytics.readiness.LearnerReadiness;

/**
 * Adds up learner profiles, one at a time, into a cohort's figures. It keeps one number
 * per learner and competency (for quartiles) and one pair per learner and question (for
 * discrimination); everything else is a running sum.
 */
public final class CohortFigures {

	static final int KEY_POINTS = 10;

	private int learners;

	private int withTarget;

	private int ready;

	private long answers;

	private long scoreSum;

	private long sessionsStarted;

	private long sessionsCompleted;

	private final Map<String, DoubleList> mastery = new TreeMap<>();

	private final Map<String, Integer> blocking = new TreeMap<>();

	private final Map<String, int[]> keyPoints = new TreeMap<>();

	private final Map<String, QuestionSums> questions = new TreeMap<>();

	private final Map<String, long[]> weeks = new TreeMap<>();

	public void add(LearnerProfile profile, LearnerReadiness readiness) {
		this.learners++;
		this.answers += profile.answerCount();
		this.scoreSum += profile.answerWeeks().stream().mapToLong(WeekTally::scoreSum).sum();
		this.sessionsStarted += profile.sessionsStarted();
		this.sessionsCompleted += profile.sessionsCompleted();
		if (profile.roleTrack() != null) {
			this.withTarget++;
			this.ready += readiness.ready() ? 1 : 0;
			readiness.blocking().forEach((competency) -> this.blocking.merge(competency, 1, Integer::sum));
		}
		for (CompetencyStanding standing : profile.competencies()) {
			this.mastery.computeIfAbsent(standing.competency(), (key) -> new DoubleList()).add(standing.mastery());
		}
		for (KeyPointTally tally : profile.keyPoints()) {
			int[] sums = this.keyPoints.computeIfAbsent(tally.questionId() + "#" + tally.criterionId(),
					(key) -> new int[3]);
			sums[0] += tally.assessed();
			sums[1] += tally.missed();
			sums[2] += tally.partial();
		}
		for (QuestionTally tally : profile.questions()) {
			this.questions.computeIfAbsent(tally.questionId(), (key) -> new QuestionSums())
				.add(tally, profile.meanScore());
		}
		addWeeks(profile);
	}

	private void addWeeks(LearnerProfile profile) {
		Set<String> active = new HashSet<>();
		for (WeekTally week : profile.answerWeeks()) {
			long[] sums = this.weeks.computeIfAbsent(week.week(), (key) -> new long[4]);
			sums[2] += week.count();
			sums[3] += week.scoreSum();
			active.add(week.week());
		}
		for (WeekTally week : profile.sessionWeeks()) {
			this.weeks.computeIfAbsent(week.week(), (key) -> new long[4])[1] += week.count();
			active.add(week.week());
		}
		active.forEach((week) -> this.weeks.get(week)[0]++);
	}

	public int learners() {
		return this.learners;
	}

	/**
	 * @param texts the texts to put beside the ids of questions, key points and
	 * competencies
	 */
	public CohortDashboard dashboard(String cohortId, String programId, BankTexts texts, Instant computedAt) {
		return new CohortDashboard(cohortId, programId, null, false, this.learners, this.withTarget,
				this.learners - this.withTarget, this.ready, ratio(this.ready, this.withTarget), this.answers,
				(this.answers > 0) ? round((double) this.scoreSum / this.answers) : 0, this.sessionsStarted,
				this.sessionsCompleted, distributions(texts), blocking(texts), keyPointFigures(texts),
				questionStatistics(texts), weekFigures(), computedAt);
	}

	private List<CompetencyDistribution> distributions(BankTexts texts) {
		List<CompetencyDistribution> result = new ArrayList<>();
		this.mastery.forEach((competency, values) -> result
			.add(Quartiles.of(competency, texts.competencyName(competency), values.toArray())));
		return result;
	}

	private List<CompetencyCount> blocking(BankTexts texts) {
		return this.blocking.entrySet()
			.stream()
			.map((entry) -> new CompetencyCount(entry.getKey(), texts.competencyName(entry.getKey()), entry.getValue()))
			.sorted(Comparator.comparingInt(CompetencyCount::learners).reversed())
			.toList();
	}

	private List<KeyPointFigures> keyPointFigures(BankTexts texts) {
		List<KeyPointFigures> result = new ArrayList<>();
		this.keyPoints.forEach((key, sums) -> {
			String questionId = key.substring(0, key.indexOf('#'));
			String criterionId = key.substring(key.indexOf('#') + 1);
			result.add(new KeyPointFigures(questionId, texts.questionText(questionId), criterionId,
					texts.keyPoint(questionId, criterionId), sums[0], sums[1], sums[2],
					ratio(sums[1] + sums[2] / 2.0, sums[0])));
		});
		return result.stream()
			.filter((figures) -> figures.missed() + figures.partial() > 0)
			.sorted(Comparator.comparingDouble((KeyPointFigures figures) -> figures.missed() + figures.partial() / 2.0)
				.reversed()
				.thenComparing(KeyPointFigures::questionId)
				.thenComparing(KeyPointFigures::criterionId))
			.limit(KEY_POINTS)
			.toList();
	}

	private List<QuestionStatistics> questionStatistics(BankTexts texts) {
		List<QuestionStatistics> result = new ArrayList<>();
		this.questions
			.forEach((questionId, sums) -> result.add(sums.statistics(questionId, texts.questionText(questionId))));
		return result;
	}

	private List<WeekFigures> weekFigures() {
		List<WeekFigures> result = new ArrayList<>();
		this.weeks.forEach((week, sums) -> result.add(new WeekFigures(week, (int) sums[0], (int) sums[1], (int) sums[2],
				(sums[2] > 0) ? round((double) sums[3] / sums[2]) : null)));
		return result;
	}

	static double ratio(double part, double whole) {
		return (whole > 0) ? Math.round(part / whole * 1000) / 1000.0 : 0;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * Attempts and score sum of a question, and each learner's pair for discrimination.
	 */
	private static final class QuestionSums {

		private int attempts;

		private double scoreSum;

		private final DoubleList itemScores = new DoubleList();

		private final DoubleList overallScores = new DoubleList();

		void add(QuestionTally tally, double overall) {
			this.attempts += tally.attempts();
			this.scoreSum += tally.scoreSum();
			this.itemScores.add(tally.meanScore());
			this.overallScores.add(overall);
		}

		QuestionStatistics statistics(String questionId, String questionText) {
			double[] items = this.itemScores.toArray();
			double[] overall = this.overallScores.toArray();
			double[][] pairs = new double[items.length][];
			for (int i = 0; i < items.length; i++) {
				pairs[i] = new double[] { items[i], overall[i] };
			}
			return new QuestionStatistics(questionId, questionText, this.attempts, items.length,
					round(this.scoreSum / this.attempts), Discrimination.index(pairs));
		}

	}

}
