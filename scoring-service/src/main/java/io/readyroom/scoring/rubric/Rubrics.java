package io.readyroom.scoring.rubric;

import java.util.Optional;

import io.readyroom.contracts.QuestionVersionPublished;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Keeps and resolves rubric versions. */
@Service
public class Rubrics {

	private final MongoTemplate mongo;

	Rubrics(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Stores a published version; the same version arriving again replaces it with
	 * itself.
	 */
	void remember(QuestionVersionPublished question) {
		this.mongo.save(RubricVersion.of(question));
	}

	/** The given version of a question, or its newest when {@code version} is null. */
	public Optional<RubricVersion> findOrLatest(String questionId, Integer version) {
		return (version != null) ? find(questionId, version) : latest(questionId);
	}

	/** The newest version known of a question. */
	public Optional<RubricVersion> latest(String questionId) {
		Query newestFirst = Query.query(Criteria.where("questionId").is(questionId))
			.with(Sort.by(Sort.Direction.DESC, "version"));
		return Optional.ofNullable(this.mongo.findOne(newestFirst, RubricVersion.class));
	}

	public Optional<RubricVersion> find(String questionId, int version) {
		return Optional
			.ofNullable(this.mongo.findById(QuestionVersionPublished.keyOf(questionId, version), RubricVersion.class));
	}

}
