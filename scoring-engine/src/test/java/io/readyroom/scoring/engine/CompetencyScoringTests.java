package io.readyroom.scoring.engine;

import java.util.List;

import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each competency is scored from the key points that show it, not copied from the
 * answer's score.
 */
class CompetencyScoringTests {

	private static final ScorableQuestion INCIDENT = new ScorableQuestion("incident-steps", 1,
			"A coworker tells you she emailed a patient's lab results to the wrong person. What do you do?",
			QuestionType.SITUATIONAL,
			List.of(new CompetencyWeight("breach-and-incident-response", 0.6),
					new CompetencyWeight("hipaa-privacy-rule", 0.4)),
			new Rubric(RubricStructure.FREE, List.of(new RubricCriterion("report",
					"Reports it to the privacy officer the same day", 1.0, List.of("privacy officer", "report it"),
					List.of("I would report it to our privacy officer the same day."), "breach-and-incident-response"),
					new RubricCriterion("four-factors", "Names HIPAA's four-factor breach risk assessment", 1.0,
							List.of("four-factor", "risk assessment", "probability of compromise"),
							List.of("The privacy officer weighs the four factors: what PHI, who received it, "
									+ "whether it was viewed and how far the risk was mitigated."),
							"hipaa-privacy-rule")),
					List.of()),
			"I would report it to our privacy officer the same day, who runs the four-factor risk assessment.");

	private final ScoringEngine engine = ScoringEngine.withBundledModel();

	@Test
	void answerThatShowsOneCompetencyScoresItAboveTheOther() {
		ScoreReport report = this.engine.score(INCIDENT,
				"I would ask her to recall the email and then report it to our privacy officer the same day, "
						+ "through the incident reporting system, so the right people handle it.");

		assertThat(score(report, "breach-and-incident-response")).isGreaterThan(score(report, "hipaa-privacy-rule"));
	}

	@Test
	void competencyNoCriterionNamesGetsTheAnswersScore() {
		ScorableQuestion untagged = ScorableQuestion.inline("What does minimum necessary mean?",
				"Use or disclose only the PHI a task needs.", List.of());
		ScorableQuestion withCompetency = new ScorableQuestion(untagged.questionId(), 1, untagged.text(),
				untagged.type(), List.of(new CompetencyWeight("hipaa-privacy-rule", 1.0)), untagged.rubric(),
				untagged.modelAnswer(), true);

		ScoreReport report = this.engine.score(withCompetency, "Only the PHI the task needs is used.");

		assertThat(score(report, "hipaa-privacy-rule")).isEqualTo(report.score());
	}

	private static int score(ScoreReport report, String competency) {
		return report.competencyScores()
			.stream()
			.filter((c) -> c.competency().equals(competency))
			.mapToInt(CompetencyScore::score)
			.findFirst()
			.orElseThrow();
	}

}
