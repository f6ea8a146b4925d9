package io.readyroom.session.bank;

import java.util.List;

import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.RubricCriterion;

/** One version of a question in the bank, as kept in the bank's data file. */
public record BankQuestion(String id, int version, String text, List<String> roleTracks,
		List<CompetencyWeight> competencies, List<RubricCriterion> criteria, String modelAnswer) {

	public BankQuestion {
		roleTracks = List.copyOf(roleTracks);
		competencies = List.copyOf(competencies);
		criteria = List.copyOf(criteria);
	}

	boolean belongsTo(String roleTrack) {
		return this.roleTracks.contains(roleTrack);
	}

	QuestionVersionPublished published() {
		return QuestionVersionPublished.of(this.id, this.version, this.text, this.competencies, this.criteria,
				this.modelAnswer);
	}

}
