package io.readyroom.session.answer;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SubmittedAnswerRepository extends MongoRepository<SubmittedAnswer, String> {

	Optional<SubmittedAnswer> findFirstBySessionIdAndQuestionId(String sessionId, String questionId);

	List<SubmittedAnswer> findTop100ByPublishedFalse();

}
