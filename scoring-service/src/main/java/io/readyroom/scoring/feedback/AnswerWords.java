package io.readyroom.scoring.feedback;

import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.ScoreExplanation;
import io.readyroom.contracts.ScoreExplanation.CitedExample;
import io.readyroom.contracts.ScoreExplanation.FlaggedPractice;
import io.readyroom.contracts.ScoreExplanation.GradedExamplesLeanedOn;
import io.readyroom.contracts.ScoreExplanation.StructureCheck;

/**
 * Takes an answer's words out of what was said about it, keeping every verdict, score and
 * count: for the scores published on Kafka, whose topics cannot forget one learner's
 * words, and for feedback whose answer text a program's retention period has removed.
 * Evidence offsets stay; without the text they point into they quote nothing.
 */
public final class AnswerWords {

	/**
	 * The engine quotes an answer between double quotes, as {@code ("...")} or
	 * {@code in "..."}. Greedy from the first quote to the last, so a quote holding
	 * quotes goes whole; a rubric's own quoted words may go with it, never the answer's
	 * stay.
	 */
	private static final Pattern QUOTED = Pattern.compile("\\s*(?:in\\s+)?\\(?\".*\"\\)?");

	private AnswerWords() {
	}

	/**
	 * The score as it may be published: no evidence, no quotes, no specifics, and the
	 * graded answers it leaned on by id and grade only, since their text is other
	 * learners' words. The envelope stays, so it is the same event.
	 */
	public static AnswerScored removedFrom(AnswerScored scored) {
		return new AnswerScored(scored.eventId(), scored.type(), scored.schemaVersion(), scored.occurredAt(),
				scored.answerId(), scored.sessionId(), scored.learnerId(), scored.programId(), scored.cohortId(),
				scored.questionId(), scored.questionVersion(), scored.submittedAt(), scored.score(),
				scored.competencyScores(), removedFrom(scored.criteria()),
				withoutCitedWords(removedFrom(scored.explanation())), scored.scorerVersion());
	}

	/** The verdicts, each with its offsets but without the words that earned it. */
	public static List<CriterionResult> removedFrom(List<CriterionResult> criteria) {
		return criteria.stream()
			.map((result) -> new CriterionResult(result.criterionId(), result.verdict(), "", result.evidenceStart(),
					result.evidenceEnd()))
			.toList();
	}

	/**
	 * The explanation without the answer's words: structure and red-flag evidence,
	 * specifics (which the answer named), and the quotes in strengths, hints and the
	 * reasons a score was lowered. A sentence that names a specific is left out whole.
	 */
	public static ScoreExplanation removedFrom(ScoreExplanation explanation) {
		Set<String> specifics = Set.copyOf(explanation.specifics());
		return new ScoreExplanation(
				explanation.structure()
					.stream()
					.map((check) -> new StructureCheck(check.element(), check.present(), null))
					.toList(),
				explanation.stepsInOrder(), List.of(),
				explanation.redFlags()
					.stream()
					.map((flag) -> new FlaggedPractice(flag.redFlagId(), flag.description(), ""))
					.toList(),
				explanation.answerFlags(), unquoted(explanation.capReasons(), specifics),
				unquoted(explanation.strengths(), specifics), unquoted(explanation.hints(), specifics),
				explanation.structureTip(), explanation.gradedExamples());
	}

	/** The explanation citing its graded answers by id and grade, not by their text. */
	public static ScoreExplanation withoutCitedWords(ScoreExplanation explanation) {
		return withCitations(explanation, AnswerWords::withoutWords);
	}

	/**
	 * The explanation citing the graded answers among {@code answerIds} without their
	 * text.
	 */
	static ScoreExplanation withoutCitedWordsOf(ScoreExplanation explanation, Set<String> answerIds) {
		return withCitations(explanation,
				(cited) -> answerIds.contains(cited.answerId()) ? withoutWords(cited) : cited);
	}

	/**
	 * The explanation with the cited graded answers among {@code answerIds} made
	 * anonymous: their grade and closeness stay, since the score leaned on them, their id
	 * and words go.
	 */
	static ScoreExplanation withoutCitationsOf(ScoreExplanation explanation, Set<String> answerIds) {
		return withCitations(explanation, (cited) -> answerIds.contains(cited.answerId()) ? cited.anonymous() : cited);
	}

	private static CitedExample withoutWords(CitedExample cited) {
		return new CitedExample(cited.answerId(), null, cited.score(), cited.similarity());
	}

	private static ScoreExplanation withCitations(ScoreExplanation explanation, UnaryOperator<CitedExample> citation) {
		GradedExamplesLeanedOn leanedOn = explanation.gradedExamples();
		if (leanedOn == null) {
			return explanation;
		}
		return new ScoreExplanation(explanation.structure(), explanation.stepsInOrder(), explanation.specifics(),
				explanation.redFlags(), explanation.answerFlags(), explanation.capReasons(), explanation.strengths(),
				explanation.hints(), explanation.structureTip(),
				new GradedExamplesLeanedOn(leanedOn.examples(), leanedOn.rubricScore(), leanedOn.nearestScore(),
						leanedOn.nearest().stream().map(citation).toList()));
	}

	private static List<String> unquoted(List<String> sentences, Set<String> specifics) {
		return sentences.stream()
			.map((sentence) -> QUOTED.matcher(sentence).replaceAll(""))
			.filter((sentence) -> specifics.stream().noneMatch(sentence::contains))
			.toList();
	}

}
