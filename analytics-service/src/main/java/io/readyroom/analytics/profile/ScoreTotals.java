package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.readyroom.analytics.score.ScoredAnswer.KeyPointVerdict;
import io.readyroom.contracts.CompetencyScore;

import org.springframework.data.mongodb.core.query.Update;

/**
 * A learner's running totals in memory, from the stored profile, changed by adding and
 * taking out answers' contributions, and written back as the profile's figures: the same
 * figures a fold of all the learner's answers gives
 * ({@link LearnerProfiles#fromHistory}), with mastery and trend read from each
 * competency's window of latest scores. Its size follows the competencies, questions, key
 * points and weeks practised, not the number of answers.
 */
final class ScoreTotals {

	private int answerCount;

	private long scoreSum;

	private Instant lastAnsweredAt;

	private final Map<String, CompetencyTotal> competencies = new TreeMap<>();

	private final Map<String, long[]> questions = new TreeMap<>();

	private final Map<String, KeyPointTotal> keyPoints = new TreeMap<>();

	private final Map<String, long[]> weeks = new TreeMap<>();

	static ScoreTotals empty() {
		return new ScoreTotals();
	}

	/** The totals a profile holds; empty for a profile never folded. */
	static ScoreTotals of(ProfileScores profile) {
		ScoreTotals totals = new ScoreTotals();
		ScoreFold fold = (profile != null) ? profile.scoreFold() : null;
		if (fold == null) {
			return totals;
		}
		totals.answerCount = profile.answerCount();
		totals.scoreSum = fold.scoreSum();
		totals.lastAnsweredAt = profile.lastAnsweredAt();
		Map<String, ScoreFold.CompetencyWindow> windows = fold.competencies()
			.stream()
			.collect(Collectors.toMap(ScoreFold.CompetencyWindow::competency, Function.identity()));
		for (CompetencyStanding standing : profile.competencies()) {
			ScoreFold.CompetencyWindow window = windows.get(standing.competency());
			totals.competencies.put(standing.competency(),
					new CompetencyTotal(standing.competency(), standing.answerCount(), window.scoreSum(),
							standing.lastPractisedAt(), new RecentScores(window.recent())));
		}
		profile.questions()
			.forEach((tally) -> totals.questions.put(tally.questionId(),
					new long[] { tally.attempts(), tally.scoreSum() }));
		Map<String, RecentScore> seen = new TreeMap<>();
		fold.keyPointsSeen().forEach((kp) -> seen.put(key(kp.questionId(), kp.criterionId()), kp.answer()));
		profile.keyPoints().forEach((tally) -> {
			String key = key(tally.questionId(), tally.criterionId());
			totals.keyPoints.put(key, new KeyPointTotal(tally, seen.get(key)));
		});
		profile.answerWeeks()
			.forEach((week) -> totals.weeks.put(week.week(), new long[] { week.count(), week.scoreSum() }));
		return totals;
	}

	void add(String answerId, AnswerContribution answer) {
		this.answerCount++;
		this.scoreSum += answer.score();
		if (this.lastAnsweredAt == null || answer.submittedAt().isAfter(this.lastAnsweredAt)) {
			this.lastAnsweredAt = answer.submittedAt();
		}
		for (CompetencyScore score : answer.competencies()) {
			this.competencies.computeIfAbsent(score.competency(), CompetencyTotal::empty)
				.add(new RecentScore(answerId, answer.submittedAt(), score.score()));
		}
		count(this.questions, answer.questionId(), 1, answer.score());
		count(this.weeks, answer.week(), 1, answer.score());
		RecentScore seen = new RecentScore(answerId, answer.submittedAt(), answer.score());
		for (KeyPointVerdict verdict : answer.keyPoints()) {
			this.keyPoints
				.computeIfAbsent(key(answer.questionId(), verdict.criterionId()),
						(key) -> KeyPointTotal.empty(answer.questionId(), verdict.criterionId()))
				.add(verdict.verdict(), answer.competencyIds(), seen);
		}
	}

	/**
	 * Takes out what the answer counted for. The latest answer stays as it was: an
	 * answer's submission time never changes, and an answer is only taken out to be added
	 * again with what it counts for now.
	 */
	void remove(String answerId, AnswerContribution answer) {
		this.answerCount--;
		this.scoreSum -= answer.score();
		for (CompetencyScore score : answer.competencies()) {
			CompetencyTotal total = this.competencies.get(score.competency());
			total.remove(new RecentScore(answerId, answer.submittedAt(), score.score()));
			if (total.isEmpty()) {
				this.competencies.remove(score.competency());
			}
		}
		count(this.questions, answer.questionId(), -1, -answer.score());
		count(this.weeks, answer.week(), -1, -answer.score());
		for (KeyPointVerdict verdict : answer.keyPoints()) {
			String key = key(answer.questionId(), verdict.criterionId());
			KeyPointTotal total = this.keyPoints.get(key);
			total.remove(verdict.verdict());
			if (total.isEmpty()) {
				this.keyPoints.remove(key);
			}
		}
	}

	/** Sets the figures and the totals' bookkeeping, not the fold's number. */
	Update writeTo(Update update) {
		List<QuestionTally> questionTallies = new ArrayList<>();
		this.questions.forEach((question, tally) -> questionTallies
			.add(new QuestionTally(question, (int) tally[0], tally[1], Mastery.round((double) tally[1] / tally[0]))));
		List<WeekTally> weekTallies = new ArrayList<>();
		this.weeks.forEach((week, tally) -> weekTallies.add(new WeekTally(week, (int) tally[0], tally[1])));
		return update.set("answerCount", this.answerCount)
			.set("meanScore", (this.answerCount > 0) ? Mastery.round((double) this.scoreSum / this.answerCount) : 0.0)
			.set("competencies", this.competencies.values().stream().map(CompetencyTotal::standing).toList())
			.set("questions", questionTallies)
			.set("keyPoints", this.keyPoints.values().stream().map(KeyPointTotal::tally).toList())
			.set("answerWeeks", weekTallies)
			.set("lastAnsweredAt", this.lastAnsweredAt)
			.set("scoreFold.scoreSum", this.scoreSum)
			.set("scoreFold.competencies", this.competencies.values().stream().map(CompetencyTotal::window).toList())
			.set("scoreFold.keyPointsSeen", this.keyPoints.values().stream().map(KeyPointTotal::seenBy).toList());
	}

	private static void count(Map<String, long[]> tallies, String key, int count, int score) {
		long[] tally = tallies.computeIfAbsent(key, (k) -> new long[2]);
		tally[0] += count;
		tally[1] += score;
		if (tally[0] <= 0) {
			tallies.remove(key);
		}
	}

	private static String key(String questionId, String criterionId) {
		return questionId + "#" + criterionId;
	}

}
