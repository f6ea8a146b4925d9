package io.readyroom.scoring.rubric;

import java.util.Optional;

import io.readyroom.contracts.QuestionVersionPublished;

import org.springframework.stereotype.Service;

/** Keeps and resolves rubric versions. */
@Service
public class Rubrics {

	private final RubricRepository repository;

	Rubrics(RubricRepository repository) {
		this.repository = repository;
	}

	/**
	 * Stores a published version; the same version arriving again replaces it with
	 * itself.
	 */
	void remember(QuestionVersionPublished question) {
		this.repository.save(RubricVersion.of(question));
	}

	/** The given version of a question, or its newest when {@code version} is null. */
	public Optional<RubricVersion> findOrLatest(String questionId, Integer version) {
		return (version != null) ? find(questionId, version) : latest(questionId);
	}

	/** The newest version known of a question. */
	public Optional<RubricVersion> latest(String questionId) {
		return this.repository.findFirstByQuestionIdOrderByVersionDesc(questionId);
	}

	public Optional<RubricVersion> find(String questionId, int version) {
		return this.repository.findById(QuestionVersionPublished.keyOf(questionId, version));
	}

}
