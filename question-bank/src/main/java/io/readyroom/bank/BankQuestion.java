package io.readyroom.bank;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.RedFlag;
import io.readyroom.contracts.Rubric;
import io.readyroom.contracts.RubricCriterion;
import io.readyroom.contracts.RubricStructure;

/**
 * A question as written in a bank file. The version is not part of it: the bank gives a
 * question a new version whenever its content changes.
 */
public record BankQuestion(String id, String text, @JsonProperty("type") QuestionType questionType,
		Difficulty difficulty, String difficultyBasis, String difficultyReason, List<String> roleTracks,
		List<CompetencyRef> competencies, String intent, AuthoredRubric rubric, String modelAnswer,
		Provenance provenance) {

	public BankQuestion {
		roleTracks = List.copyOf(roleTracks);
		competencies = List.copyOf(competencies);
	}

	public List<CompetencyWeight> competencyWeights() {
		return this.competencies.stream().map((ref) -> new CompetencyWeight(ref.id(), ref.weight())).toList();
	}

	/** A competency the question assesses and its share of the question's score. */
	public record CompetencyRef(String id, double weight) {

	}

	/**
	 * The rubric as authored, with its basis: {@code seed} when built on the seed's
	 * guidance, {@code authored} when written from domain knowledge.
	 */
	public record AuthoredRubric(String basis, RubricStructure structure, List<RubricCriterion> criteria,
			List<RedFlag> redFlags) {

		public Rubric toRubric() {
			return new Rubric(this.structure, this.criteria, this.redFlags);
		}

	}

	/** Where a question comes from: the seed document and its original wording. */
	public record Provenance(String seed, String originalWording, List<String> seedGuidance) {

	}

}
