package io.readyroom.scoring.engine;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StepOrder;

/**
 * Scores each competency a question assesses from the criteria that name it, composed and
 * penalised like the answer's score: an answer that reports the incident but misses the
 * breach assessment shows incident response and not privacy-rule knowledge. A competency
 * no criterion names (a derived rubric's, or an older bank version's) gets the answer's
 * score.
 */
final class CompetencyScoring {

	List<CompetencyScore> score(List<CompetencyWeight> competencies, List<RubricCriterion> criteria,
			List<CriterionOutcome> outcomes, StarAnalysis star, StepOrder steps, Specificity specificity,
			Penalty penalty, int answerScore) {
		List<CompetencyScore> scores = new ArrayList<>();
		for (CompetencyWeight competency : competencies) {
			List<RubricCriterion> named = new ArrayList<>();
			List<CriterionOutcome> their = new ArrayList<>();
			for (int i = 0; i < criteria.size(); i++) {
				if (competency.competency().equals(criteria.get(i).competency())) {
					named.add(criteria.get(i));
					their.add(outcomes.get(i));
				}
			}
			int score = named.isEmpty() ? answerScore : (int) Math
				.round(100 * ScoreComposition.raw(named, their, star, steps, specificity) * penalty.factor());
			scores.add(new CompetencyScore(competency.competency(), score));
		}
		return scores;
	}

}
