package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.CompetencyScore;

/** Folds a learner's scored answers into one standing per competency. */
final class CompetencyStandings {

	private CompetencyStandings() {
	}

	static List<CompetencyStanding> of(List<ScoredAnswer> answers) {
		Map<String, List<Scored>> byCompetency = new TreeMap<>();
		for (ScoredAnswer answer : answers) {
			for (CompetencyScore score : answer.competencyScores()) {
				byCompetency.computeIfAbsent(score.competency(), (key) -> new ArrayList<>())
					.add(new Scored(score.score(), answer.submittedAt()));
			}
		}
		return byCompetency.entrySet().stream().map((entry) -> standing(entry.getKey(), entry.getValue())).toList();
	}

	static double meanScore(List<ScoredAnswer> answers) {
		return round(answers.stream().mapToInt(ScoredAnswer::score).average().orElse(0));
	}

	private static CompetencyStanding standing(String competency, List<Scored> scores) {
		double mean = scores.stream().mapToInt(Scored::score).average().orElse(0);
		Instant last = scores.stream().map(Scored::at).max(Comparator.naturalOrder()).orElse(null);
		return new CompetencyStanding(competency, scores.size(), round(mean), last);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private record Scored(int score, Instant at) {
	}

}
