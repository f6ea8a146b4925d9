package io.readyroom.bank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.readyroom.bank.BankQuestion.CompetencyRef;
import io.readyroom.contracts.RedFlag;
import io.readyroom.contracts.RubricCriterion;

/**
 * The rules a question's rubric keeps beyond its schema: each criterion has its own id
 * and shows one of the question's competencies, so that each competency can be scored
 * from its own key points; what learners read of the rubric has no authoring words; and a
 * red flag's exemplars are not blank.
 */
final class RubricRules {

	private RubricRules() {
	}

	static List<BankProblem> problems(String source, String item, BankQuestion question) {
		List<BankProblem> problems = new ArrayList<>();
		List<String> competencies = question.competencies().stream().map(CompetencyRef::id).toList();
		Set<String> criterionIds = new HashSet<>();
		List<RubricCriterion> criteria = question.rubric().criteria();
		for (int i = 0; i < criteria.size(); i++) {
			RubricCriterion criterion = criteria.get(i);
			String at = "$.rubric.criteria[" + i + "]";
			if (!criterionIds.add(criterion.id())) {
				problems.add(new BankProblem(source, item, at + ".id",
						"criterion id '" + criterion.id() + "' is used twice"));
			}
			if (!competencies.contains(criterion.competency())) {
				problems.add(new BankProblem(source, item, at + ".competency",
						"criterion '" + criterion.id() + "' names competency '" + criterion.competency()
								+ "', which is not one of the question's competencies " + competencies));
			}
			authoringWord(source, item, at + ".description", "criterion '" + criterion.id() + "'",
					criterion.description(), problems);
		}
		List<RedFlag> redFlags = question.rubric().redFlags();
		for (int i = 0; i < redFlags.size(); i++) {
			String at = "$.rubric.redFlags[" + i + "]";
			RedFlag redFlag = redFlags.get(i);
			authoringWord(source, item, at + ".description", "red flag '" + redFlag.id() + "'", redFlag.description(),
					problems);
			blankExemplars(source, item, at, redFlag, problems);
		}
		return problems;
	}

	/**
	 * Exemplars are a candidate's words, not a description learners read, so authoring
	 * words are not checked in them; but a blank one would match nothing anyone says.
	 */
	private static void blankExemplars(String source, String item, String at, RedFlag redFlag,
			List<BankProblem> problems) {
		for (int i = 0; i < redFlag.exemplars().size(); i++) {
			if (redFlag.exemplars().get(i).isBlank()) {
				problems.add(new BankProblem(source, item, at + ".exemplars[" + i + "]", "red flag '" + redFlag.id()
						+ "' has a blank exemplar: write a sentence a candidate might say, or leave it out"));
			}
		}
	}

	private static void authoringWord(String source, String item, String field, String what, String description,
			List<BankProblem> problems) {
		AuthoringWords.findIn(description)
			.ifPresent((word) -> problems.add(new BankProblem(source, item, field, what + " says '" + word
					+ "': learners read this in their feedback, so write it for them, without authoring words")));
	}

}
