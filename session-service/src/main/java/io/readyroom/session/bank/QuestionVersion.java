package io.readyroom.session.bank;

import java.time.Instant;
import java.util.List;

import io.readyroom.bank.BankQuestion.Provenance;
import io.readyroom.contracts.CompetencyWeight;
import io.readyroom.contracts.Difficulty;
import io.readyroom.contracts.QuestionType;
import io.readyroom.contracts.QuestionVersionPublished;
import io.readyroom.contracts.Rubric;
import io.readyroom.support.security.Caller;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a question; never changed once stored except for {@code current}, which
 * moves to a newer version. Its id is {@code questionId@version}. {@code programId} is
 * null for the shared bank.
 */
@Document("question_versions")
public record QuestionVersion(@Id String id, @Indexed String questionId, int version, String programId,
		String contentHash, boolean current, QuestionContent content, String rubricBasis, Provenance provenance,
		Instant createdAt) {

	QuestionVersion superseded() {
		return new QuestionVersion(this.id, this.questionId, this.version, this.programId, this.contentHash, false,
				this.content, this.rubricBasis, this.provenance, this.createdAt);
	}

	public boolean visibleTo(String program) {
		return this.programId == null || this.programId.equals(program);
	}

	/**
	 * Whether this caller's program asks this question: a shared-bank question every
	 * program asks, a program's own only that program. Admins manage every program.
	 */
	boolean isAskedTo(Caller caller) {
		return this.programId == null || caller.belongsTo(this.programId);
	}

	public String text() {
		return this.content.text();
	}

	public QuestionType questionType() {
		return this.content.questionType();
	}

	public Difficulty difficulty() {
		return this.content.difficulty();
	}

	public List<String> roleTracks() {
		return this.content.roleTracks();
	}

	public List<CompetencyWeight> competencies() {
		return this.content.competencies();
	}

	QuestionVersionPublished published() {
		return QuestionVersionPublished.of(new QuestionVersionPublished.Content(this.questionId, this.version,
				this.programId, this.content.text(), this.content.questionType(), this.content.difficulty(),
				this.content.roleTracks(), this.content.competencies(), this.content.intent(), this.content.rubric(),
				this.content.modelAnswer()));
	}

	/** What makes a version: a change to any of it is a new version. */
	public record QuestionContent(String text, QuestionType questionType, Difficulty difficulty,
			List<String> roleTracks, List<CompetencyWeight> competencies, String intent, Rubric rubric,
			String modelAnswer) {

	}

}
