package io.readyroom.scoring.review;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AnswerReviewRepository extends MongoRepository<AnswerReview, String> {

	List<AnswerReview> findByQuestionIdAndProgramId(String questionId, @Nullable String programId);

	List<AnswerReview> findByProgramId(String programId);

}
