package io.readyroom.scoring.engine;

import java.util.List;
import java.util.Objects;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.Rubric;
import io.readyroom.scoring.engine.derivation.CriteriaDerivation;
import io.readyroom.scoring.engine.text.TextAnalyzer;

/**
 * One version of a question as the engine needs it. Two equal questions share their
 * cached reference embeddings, so a bank question's rubric is embedded once per process.
 *
 * @param modelAnswer a strong answer; used for derived criteria, length and topic, never
 * quoted in feedback
 * @param rubricDerived whether the rubric was derived from a reference answer rather than
 * written by people: derived expressions are chunks of the reference, weaker evidence
 * than authored ones, so its criteria are weighed by another {@code CreditModel}
 * @param gradedExamples answers to this question that people graded; with enough of them
 * the score leans on the nearest ones and on a calibration to their grades
 */
public record ScorableQuestion(String questionId, int version, String text, QuestionType type,
		List<CompetencyWeight> competencies, Rubric rubric, String modelAnswer, boolean rubricDerived,
		List<GradedExample> gradedExamples) {

	public ScorableQuestion {
		Objects.requireNonNull(questionId, "questionId must not be null");
		Objects.requireNonNull(text, "question text must not be null");
		Objects.requireNonNull(type, "question type must not be null");
		Objects.requireNonNull(rubric, "rubric must not be null");
		competencies = List.copyOf(competencies);
		modelAnswer = (modelAnswer != null) ? modelAnswer : "";
		gradedExamples = (gradedExamples != null) ? List.copyOf(gradedExamples) : List.of();
	}

	/** A question without graded examples. */
	public ScorableQuestion(String questionId, int version, String text, QuestionType type,
			List<CompetencyWeight> competencies, Rubric rubric, String modelAnswer, boolean rubricDerived) {
		this(questionId, version, text, type, competencies, rubric, modelAnswer, rubricDerived, List.of());
	}

	/** A question with a rubric written by people: a bank question. */
	public ScorableQuestion(String questionId, int version, String text, QuestionType type,
			List<CompetencyWeight> competencies, Rubric rubric, String modelAnswer) {
		this(questionId, version, text, type, competencies, rubric, modelAnswer, false);
	}

	/** The same question calibrated by these graded answers instead of any it had. */
	public ScorableQuestion withGradedExamples(List<GradedExample> examples) {
		return new ScorableQuestion(this.questionId, this.version, this.text, this.type, this.competencies, this.rubric,
				this.modelAnswer, this.rubricDerived, examples);
	}

	/** The question as its rubric alone scores it. */
	ScorableQuestion withoutGradedExamples() {
		return this.gradedExamples.isEmpty() ? this : withGradedExamples(List.of());
	}

	/**
	 * A question that is not in the bank: only its text, a reference answer and,
	 * optionally, key points. Its criteria are derived from the key points, or else from
	 * the reference answer's sentences; its id is derived from its content so equal
	 * inline questions share a cache entry.
	 */
	public static ScorableQuestion inline(String text, String referenceAnswer, List<String> keyPoints) {
		Rubric rubric = new CriteriaDerivation(new TextAnalyzer()).derive(text, referenceAnswer, keyPoints);
		String id = "inline-" + Integer.toHexString(Objects.hash(text, referenceAnswer, keyPoints));
		return new ScorableQuestion(id, 1, text, QuestionType.TECHNICAL, List.of(), rubric, referenceAnswer, true);
	}

}
