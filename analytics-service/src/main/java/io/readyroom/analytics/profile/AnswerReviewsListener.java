package io.readyroom.analytics.profile;

import java.util.List;

import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.analytics.score.ReviewRecorder;
import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AnswerReviewsListener {

	private final ReviewRecorder reviews;

	private final ScoreFolds folds;

	private final ErasedLearners erased;

	AnswerReviewsListener(ReviewRecorder reviews, ScoreFolds folds, ErasedLearners erased) {
		this.reviews = reviews;
		this.folds = folds;
		this.erased = erased;
	}

	@KafkaListener(topics = Topics.ANSWER_REVIEWS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerReviewed")
	void on(AnswerReviewed reviewed) {
		if (this.erased.isErased(reviewed.programId(), reviewed.learnerId())) {
			return;
		}
		this.reviews.record(reviewed);
		this.folds.fold(List.of(FoldRequest.reviewed(reviewed)));
		this.erased.recheck(List.of(reviewed), AnswerReviewed::programId, AnswerReviewed::learnerId);
	}

}
