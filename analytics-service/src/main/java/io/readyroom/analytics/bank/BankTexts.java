package io.readyroom.analytics.bank;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.readyroom.bank.CompetencyModel;
import io.readyroom.bank.CompetencyModel.Competency;
import org.jspecify.annotations.Nullable;

/**
 * The words people read for the ids analytics keeps: a question's text, a key point's
 * description and a competency's name, each in the latest wording analytics knows, which
 * may postdate an answer's.
 *
 * @param questions the latest version of every question, by question id
 * @param competencyNames competency id to its name in the competency model
 */
public record BankTexts(Map<String, BankQuestion> questions, Map<String, String> competencyNames) {

	/** No question and no competency known: every text falls back as documented. */
	public static final BankTexts NONE = new BankTexts(Map.of(), Map.of());

	public BankTexts {
		questions = Map.copyOf(questions);
		competencyNames = Map.copyOf(competencyNames);
	}

	static Map<String, String> namesOf(CompetencyModel model) {
		return model.competencies().stream().collect(Collectors.toMap(Competency::id, Competency::name, (a, b) -> a));
	}

	/** The question's text; {@code null} when the bank has not told it. */
	public @Nullable String questionText(String questionId) {
		BankQuestion question = this.questions.get(questionId);
		return (question != null) ? question.text() : null;
	}

	/**
	 * The key point's description, whole; its criterion id when the bank has not told it.
	 */
	public String keyPoint(String questionId, String criterionId) {
		BankQuestion question = this.questions.get(questionId);
		String description = (question != null) ? question.keyPoints().get(criterionId) : null;
		return (description != null) ? description : criterionId;
	}

	/**
	 * The competency's name; its id for a competency the model does not name (a program's
	 * own).
	 */
	public String competencyName(String competencyId) {
		return this.competencyNames.getOrDefault(competencyId, competencyId);
	}

	public List<String> competencyNames(List<String> competencyIds) {
		return competencyIds.stream().map(this::competencyName).toList();
	}

}
