package io.readyroom.scoring.review;

import java.util.List;

import io.readyroom.problems.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The RFC 9457 problems a review can run into; none of them stores anything. */
final class ReviewProblems {

	private ReviewProblems() {
	}

	static ErrorResponseException unknownAnswer(String answerId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-answer", "Unknown answer",
				"No scored answer " + answerId + " is known in your program.");
	}

	static ErrorResponseException notYourAnswer(String answerId) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Not in your cohorts",
				"Answer " + answerId + " was given in a cohort you do not coach; only its coaches and the program's "
						+ "director review it.");
	}

	static ErrorResponseException notYourCohort(String cohortId) {
		return Problems.exception(HttpStatus.FORBIDDEN, "access-refused", "Not in your cohorts",
				"You do not coach cohort " + cohortId + ".");
	}

	static ErrorResponseException unknownCriterion(String criterionId, String questionId, int version,
			List<String> known) {
		return Problems.exception(HttpStatus.BAD_REQUEST, "unknown-criterion", "Unknown key point",
				"Key point " + criterionId + " is not in the rubric of question " + questionId + " version " + version
						+ ", which the answer was scored under; its key points are " + String.join(", ", known) + ".");
	}

	static ErrorResponseException criterionTwice(String criterionId) {
		return Problems.exception(HttpStatus.BAD_REQUEST, "criterion-twice", "Key point given twice",
				"Key point " + criterionId + " has more than one verdict; give each key point one.");
	}

	static ErrorResponseException noReview(String answerId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "no-review", "Not reviewed",
				"Answer " + answerId + " has no review you may read.");
	}

}
