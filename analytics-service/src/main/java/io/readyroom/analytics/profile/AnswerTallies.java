package io.readyroom.analytics.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.Verdict;

/**
 * Per-question, per-key-point and per-week tallies of a learner's scored answers; the
 * cohort dashboard adds them up instead of reading every answer again.
 */
final class AnswerTallies {

	private AnswerTallies() {
	}

	static List<QuestionTally> questions(List<ScoredAnswer> answers) {
		Map<String, int[]> tallies = new TreeMap<>();
		for (ScoredAnswer answer : answers) {
			int[] tally = tallies.computeIfAbsent(answer.questionId(), (key) -> new int[2]);
			tally[0]++;
			tally[1] += answer.score();
		}
		List<QuestionTally> result = new ArrayList<>();
		tallies.forEach((question, tally) -> result
			.add(new QuestionTally(question, tally[0], tally[1], Mastery.round((double) tally[1] / tally[0]))));
		return result;
	}

	static List<KeyPointTally> keyPoints(List<ScoredAnswer> answers) {
		Map<String, KeyPointTally> tallies = new TreeMap<>();
		for (ScoredAnswer answer : answers) {
			List<String> competencies = answer.competencyScores().stream().map(CompetencyScore::competency).toList();
			for (ScoredAnswer.KeyPointVerdict keyPoint : answer.keyPoints()) {
				String key = answer.questionId() + "#" + keyPoint.criterionId();
				KeyPointTally old = tallies.getOrDefault(key,
						new KeyPointTally(answer.questionId(), keyPoint.criterionId(), competencies, 0, 0, 0));
				tallies.put(key,
						new KeyPointTally(old.questionId(), old.criterionId(), competencies, old.assessed() + 1,
								old.missed() + ((keyPoint.verdict() == Verdict.MISSED) ? 1 : 0),
								old.partial() + ((keyPoint.verdict() == Verdict.PARTIAL) ? 1 : 0)));
			}
		}
		return List.copyOf(tallies.values());
	}

	static List<WeekTally> weeks(List<ScoredAnswer> answers) {
		Map<String, long[]> tallies = new TreeMap<>();
		for (ScoredAnswer answer : answers) {
			long[] tally = tallies.computeIfAbsent(WeekTally.weekOf(answer.submittedAt()), (key) -> new long[2]);
			tally[0]++;
			tally[1] += answer.score();
		}
		List<WeekTally> result = new ArrayList<>();
		tallies.forEach((week, tally) -> result.add(new WeekTally(week, (int) tally[0], tally[1])));
		return result;
	}

}
