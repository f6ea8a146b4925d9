package io.readyroom.analytics.profile;

import io.readyroom.analytics.score.ReviewRecorder;
import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AnswerReviewsListener {

	private final ReviewRecorder reviews;

	private final LearnerProfiles profiles;

	AnswerReviewsListener(ReviewRecorder reviews, LearnerProfiles profiles) {
		this.reviews = reviews;
		this.profiles = profiles;
	}

	@KafkaListener(topics = Topics.ANSWER_REVIEWS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.AnswerReviewed")
	void on(AnswerReviewed reviewed) {
		this.reviews.record(reviewed);
		this.profiles.refreshReviewed(reviewed);
	}

}
