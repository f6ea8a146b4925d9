package io.readyroom.scoring.engine.feedback;

import java.util.List;

import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;
import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.engine.criteria.CriterionOutcome;
import io.readyroom.scoring.engine.criteria.CriterionSignals;
import io.readyroom.scoring.engine.criteria.Signal;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.Specificity;
import io.readyroom.scoring.engine.structure.StarAnalysis;
import io.readyroom.scoring.engine.structure.StarComponent;
import io.readyroom.scoring.engine.structure.StarFinding;
import io.readyroom.scoring.engine.structure.StepOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FeedbackWriterTests {

	private static final RubricCriterion KEY_POINT = new RubricCriterion("key-point",
			"Names the organization's mission or values", 1.0, List.of("mission"), List.of("Its mission is ..."));

	private static final CriterionOutcome MISSED = new CriterionOutcome("key-point", Verdict.MISSED, 0, "", -1, -1,
			Signal.NONE, CriterionSignals.NONE);

	private final FeedbackWriter writer = new FeedbackWriter();

	@Test
	void definitionQuestionHintAsksForAnExplanation() {
		Feedback feedback = write(QuestionType.TECHNICAL, RubricStructure.FREE, StarAnalysis.notApplicable(),
				AnswerFlags.NONE);

		assertThat(feedback.hints()).singleElement()
			.isEqualTo("Add this key point: names the organization's mission or values. Explain it in a sentence or "
					+ "two, with an example.");
	}

	@Test
	void hypotheticalHintAsksWhatYouWouldDo() {
		Feedback feedback = write(QuestionType.SITUATIONAL, RubricStructure.FREE, StarAnalysis.notApplicable(),
				AnswerFlags.NONE);

		assertThat(feedback.hints()).singleElement().asString().endsWith("Say what you would do about it, and why.");
	}

	@Test
	void storyHintAsksWhatYouDid() {
		Feedback feedback = write(QuestionType.BEHAVIORAL, RubricStructure.STAR, fullStory(), AnswerFlags.NONE);

		assertThat(feedback.hints()).singleElement().asString().endsWith("say what you did about it.");
	}

	@Test
	void processHintPlacesTheStep() {
		Feedback feedback = write(QuestionType.TECHNICAL, RubricStructure.ORDERED_STEPS, StarAnalysis.notApplicable(),
				AnswerFlags.NONE);

		assertThat(feedback.hints()).singleElement().asString().contains("when in the process");
	}

	@Test
	void questionThatIsNotAStoryIsNeverToldToBeOne() {
		for (AnswerFlags flags : List.of(AnswerFlags.NONE, new AnswerFlags(true, false, false, 0.5),
				new AnswerFlags(false, false, true, 1))) {
			Feedback feedback = write(QuestionType.BEHAVIORAL, RubricStructure.FREE, StarAnalysis.notApplicable(),
					flags);

			assertThat(feedback.structureTip()).doesNotContain("STAR", "story", "what you did");
			assertThat(feedback.hints())
				.allSatisfy((hint) -> assertThat(hint).doesNotContain("what you did", "would do"));
		}
	}

	@Test
	void storyMissingPartsIsToldItsParts() {
		StarAnalysis noResult = new StarAnalysis(true,
				List.of(present(StarComponent.SITUATION), present(StarComponent.TASK), present(StarComponent.ACTION),
						new StarFinding(StarComponent.RESULT, false, "", -1, -1)));

		Feedback feedback = write(QuestionType.BEHAVIORAL, RubricStructure.STAR, noResult, AnswerFlags.NONE);

		assertThat(feedback.structureTip()).startsWith("Tell it as a STAR story").contains("the result");
	}

	@Test
	void keywordListTipFitsTheQuestion() {
		AnswerFlags list = new AnswerFlags(false, false, true, 1);

		assertThat(
				write(QuestionType.TECHNICAL, RubricStructure.FREE, StarAnalysis.notApplicable(), list).structureTip())
			.isEqualTo("Answer in full sentences: say what each term means and where it applies.");
		assertThat(write(QuestionType.BEHAVIORAL, RubricStructure.STAR, fullStory(), list).structureTip())
			.isEqualTo("Answer in full sentences: tell what happened and what you did, rather than listing terms.");
	}

	private Feedback write(QuestionType type, RubricStructure structure, StarAnalysis star, AnswerFlags flags) {
		return this.writer.write(new FeedbackInput(type, structure, List.of(KEY_POINT), List.of(MISSED), star,
				StepOrder.notApplicable(), new Specificity(List.of()), List.of(), flags));
	}

	private static StarAnalysis fullStory() {
		return new StarAnalysis(true, List.of(present(StarComponent.SITUATION), present(StarComponent.TASK),
				present(StarComponent.ACTION), present(StarComponent.RESULT)));
	}

	private static StarFinding present(StarComponent component) {
		return new StarFinding(component, true, component.name(), 0, 1);
	}

}
