package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.CompetencyScore;

/**
 * Folds a learner's scored answers, oldest first, into one standing per competency.
 */
final class CompetencyStandings {

	private CompetencyStandings() {
	}

	static List<CompetencyStanding> of(List<ScoredAnswer> answersOldestFirst) {
		Map<String, List<Scored>> byCompetency = new TreeMap<>();
		for (ScoredAnswer answer : answersOldestFirst) {
			for (CompetencyScore score : answer.competencyScores()) {
				byCompetency.computeIfAbsent(score.competency(), (key) -> new ArrayList<>())
					.add(new Scored(score.score(), answer.submittedAt()));
			}
		}
		return byCompetency.entrySet().stream().map((entry) -> standing(entry.getKey(), entry.getValue())).toList();
	}

	static double meanScore(List<ScoredAnswer> answers) {
		return Mastery.round(answers.stream().mapToInt(ScoredAnswer::score).average().orElse(0));
	}

	private static CompetencyStanding standing(String competency, List<Scored> scores) {
		double[] values = scores.stream().mapToDouble(Scored::score).toArray();
		double mean = Mastery.round(scores.stream().mapToInt(Scored::score).average().orElse(0));
		Instant last = scores.get(scores.size() - 1).at();
		return new CompetencyStanding(competency, scores.size(), mean, Mastery.of(values),
				Mastery.confidence(scores.size()), Trend.of(values), last);
	}

	private record Scored(int score, Instant at) {
	}

}
