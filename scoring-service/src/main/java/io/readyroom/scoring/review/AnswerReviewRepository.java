package io.readyroom.scoring.review;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AnswerReviewRepository extends MongoRepository<AnswerReview, String> {

	List<AnswerReview> findByQuestionId(String questionId);

	List<AnswerReview> findByProgramId(String programId);

}
