package io.readyroom.scoring.engine.validity;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.scoring.engine.ScorableQuestion;

/**
 * One SemEval question: its text, reference answers (best first) and labelled student
 * answers.
 */
public record SemEvalQuestion(String id, String text, List<String> references, List<LabelledAnswer> answers) {

	public SemEvalQuestion {
		references = List.copyOf(references);
		answers = List.copyOf(answers);
	}

	/**
	 * The question as the engine scores an inline question: criteria derived from the
	 * best reference answer; when that gives one criterion, the other references join it
	 * as extra expressions and exemplars.
	 */
	public ScorableQuestion asScorable() {
		ScorableQuestion derived = ScorableQuestion.inline(this.text, this.references.get(0), List.of());
		List<RubricCriterion> criteria = derived.rubric().criteria();
		if (criteria.size() != 1 || this.references.size() == 1) {
			return derived;
		}
		RubricCriterion only = criteria.get(0);
		List<String> expressions = new ArrayList<>(only.expressions());
		List<String> exemplars = new ArrayList<>(only.exemplars());
		for (String alternative : this.references.subList(1, this.references.size())) {
			ScorableQuestion.inline(this.text, alternative, List.of())
				.rubric()
				.criteria()
				.forEach((c) -> expressions.addAll(c.expressions()));
			exemplars.add(alternative);
		}
		RubricCriterion widened = new RubricCriterion(only.id(), only.description(), only.weight(),
				expressions.stream().distinct().toList(), exemplars);
		return new ScorableQuestion(derived.questionId(), derived.version(), derived.text(), derived.type(),
				derived.competencies(), new Rubric(derived.rubric().structure(), List.of(widened), List.of()),
				derived.modelAnswer(), true);
	}

}
