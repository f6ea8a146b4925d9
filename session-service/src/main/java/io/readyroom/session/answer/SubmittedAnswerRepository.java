package io.readyroom.session.answer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;
import org.springframework.data.mongodb.repository.Update;

interface SubmittedAnswerRepository extends MongoRepository<SubmittedAnswer, String> {

	/** The answer stored under this id, else the one to this session's question. */
	Optional<SubmittedAnswer> findFirstByAnswerIdOrSessionIdAndQuestionId(String answerId, String sessionId,
			String questionId);

	/** Marks the answer published in place, without writing the whole answer again. */
	@Query("{ '_id': ?0 }")
	@Update("{ '$set': { 'published': true } }")
	void markPublished(String answerId);

	List<SubmittedAnswer> findTop100ByPublishedFalse();

}
