package io.readyroom.session.bank;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface QuestionVersionRepository extends MongoRepository<QuestionVersion, String> {

	Optional<QuestionVersion> findByQuestionIdAndCurrentTrue(String questionId);

	List<QuestionVersion> findByCurrentTrue();

}
