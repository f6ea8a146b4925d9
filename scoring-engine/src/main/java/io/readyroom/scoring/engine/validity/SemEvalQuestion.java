package io.readyroom.scoring.engine.validity;

import java.util.List;

/**
 * One SemEval question: its text, reference answers (best first) and labelled student
 * answers.
 */
public record SemEvalQuestion(String id, String text, List<String> references, List<LabelledAnswer> answers) {

	public SemEvalQuestion {
		references = List.copyOf(references);
		answers = List.copyOf(answers);
	}

}
