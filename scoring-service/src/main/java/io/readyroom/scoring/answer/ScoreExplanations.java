package io.readyroom.scoring.answer;

import java.util.ArrayList;
import java.util.List;

import io.readyroom.contracts.ScoreExplanation;
import io.readyroom.contracts.ScoreExplanation.CitedExample;
import io.readyroom.contracts.ScoreExplanation.GradedExamplesLeanedOn;
import io.readyroom.contracts.ScoreExplanation.FlaggedPractice;
import io.readyroom.contracts.ScoreExplanation.StructureCheck;
import io.readyroom.scoring.engine.GradedExamplesUsed;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.quality.AnswerFlags;
import io.readyroom.scoring.engine.structure.SpecificDetail;
import io.readyroom.scoring.engine.structure.StepOrder;
import org.jspecify.annotations.Nullable;

/** The engine's report in the shape the {@code AnswerScored} event carries it. */
final class ScoreExplanations {

	private ScoreExplanations() {
	}

	/**
	 * @param exampleIds the ids of the reviewed answers the question's graded examples
	 * came from, in the same order; empty for examples given inline
	 */
	static ScoreExplanation of(ScoreReport report, List<String> exampleIds) {
		return new ScoreExplanation(structure(report), stepsInOrder(report.steps()),
				report.specificity().details().stream().map(SpecificDetail::text).distinct().toList(),
				report.redFlags()
					.stream()
					.map((hit) -> new FlaggedPractice(hit.redFlagId(), hit.reason(), hit.evidence()))
					.toList(),
				answerFlags(report.flags()), report.capReasons(), report.feedback().strengths(),
				report.feedback().hints(), report.feedback().structureTip(),
				leanedOn(report.gradedExamples(), exampleIds));
	}

	private static @Nullable GradedExamplesLeanedOn leanedOn(@Nullable GradedExamplesUsed used,
			List<String> exampleIds) {
		if (used == null) {
			return null;
		}
		return new GradedExamplesLeanedOn(used.examples(), used.rubricScore(), used.nearestScore(),
				used.nearest()
					.stream()
					.map((example) -> new CitedExample(
							(example.index() < exampleIds.size()) ? exampleIds.get(example.index()) : null,
							example.answer(), example.score(), Math.round(example.similarity() * 1000) / 1000.0))
					.toList());
	}

	private static List<StructureCheck> structure(ScoreReport report) {
		List<StructureCheck> checks = new ArrayList<>();
		if (report.star().applies()) {
			report.star()
				.findings()
				.forEach((finding) -> checks.add(new StructureCheck(finding.component().name().toLowerCase(),
						finding.present(), finding.evidence())));
		}
		if (report.steps().applies()) {
			report.steps().stepsFound().forEach((step) -> checks.add(new StructureCheck(step, true, null)));
			report.steps().stepsMissing().forEach((step) -> checks.add(new StructureCheck(step, false, null)));
		}
		return checks;
	}

	private static Boolean stepsInOrder(StepOrder steps) {
		return steps.applies() ? steps.inOrder() : null;
	}

	private static List<String> answerFlags(AnswerFlags flags) {
		List<String> names = new ArrayList<>();
		if (flags.tooShort()) {
			names.add("too-short");
		}
		if (flags.offTopic()) {
			names.add("off-topic");
		}
		if (flags.keywordStuffing()) {
			names.add("keyword-stuffing");
		}
		if (flags.notEnglish()) {
			names.add("not-english");
		}
		return names;
	}

}
