package io.readyroom.scoring.review;

import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.audit.DataRead;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reviews of scored answers: staff review the answers of their cohorts (a director, of
 * their program); the learner and the staff over them read the review beside the
 * machine's feedback. Reviewing again makes a new revision, which replaces the last.
 */
@RestController
class ReviewController {

	private final AnswerReviews reviews;

	private final AccessLog accessLog;

	ReviewController(AnswerReviews reviews, AccessLog accessLog) {
		this.reviews = reviews;
		this.accessLog = accessLog;
	}

	@PostMapping("/api/scoring/answers/{answerId}/review")
	AnswerReview review(@PathVariable String answerId, @Valid @RequestBody ReviewRequest request, Caller caller) {
		return this.reviews.review(answerId, request, caller);
	}

	@GetMapping("/api/scoring/answers/{answerId}/review")
	AnswerReview read(@PathVariable String answerId, Caller caller) {
		AnswerReview review = this.reviews.readableBy(caller, answerId)
			.orElseThrow(() -> ReviewProblems.noReview(answerId));
		this.accessLog.record(caller,
				DataRead.ofLearner("answer-review", review.learnerId(), review.programId(), review.cohortId()));
		return review;
	}

}
