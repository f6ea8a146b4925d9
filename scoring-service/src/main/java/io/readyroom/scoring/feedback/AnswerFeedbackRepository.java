package io.readyroom.scoring.feedback;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface AnswerFeedbackRepository extends MongoRepository<AnswerFeedback, String> {

	List<AnswerFeedback> findByLearnerIdOrderBySubmittedAtDesc(String learnerId, Pageable page);

}
