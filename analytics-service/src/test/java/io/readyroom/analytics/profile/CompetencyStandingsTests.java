package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.List;

import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.CompetencyScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CompetencyStandingsTests {

	private static final Instant MONDAY = Instant.parse("2027-03-01T09:00:00Z");

	@Test
	void anAnswerMovesEachCompetencyByItsOwnScore() {
		ScoredAnswer earlier = answer("a-1", MONDAY, 60, new CompetencyScore("release-of-information", 60),
				new CompetencyScore("hipaa-privacy-rule", 60));
		ScoredAnswer later = answer("a-2", MONDAY.plusSeconds(3600), 72,
				new CompetencyScore("release-of-information", 90), new CompetencyScore("hipaa-privacy-rule", 30));

		List<CompetencyStanding> standings = CompetencyStandings.of(List.of(earlier, later));

		assertThat(standings).extracting(CompetencyStanding::competency)
			.containsExactly("hipaa-privacy-rule", "release-of-information");
		CompetencyStanding privacy = standings.get(0);
		CompetencyStanding release = standings.get(1);
		assertThat(release.meanScore()).isEqualTo(75);
		assertThat(privacy.meanScore()).isEqualTo(45);
		assertThat(release.mastery()).isEqualTo(Mastery.of(new double[] { 60, 90 })).isGreaterThan(60);
		assertThat(privacy.mastery()).isEqualTo(Mastery.of(new double[] { 60, 30 })).isLessThan(60);
	}

	private static ScoredAnswer answer(String answerId, Instant submittedAt, int score,
			CompetencyScore... competencyScores) {
		return new ScoredAnswer(answerId, "learner-7", "program-hit", "cohort-a", "s-1", "hit-roi-process", 2, score,
				List.of(competencyScores), List.of(), submittedAt, "test", null);
	}

}
