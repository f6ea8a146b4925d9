package io.readyroom.scoring.feedback;

import java.util.List;

import io.readyroom.problems.Problems;
import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/**
 * Serves feedback to the learner who answered and to the staff over them; to anyone else
 * an answer does not exist. An answer not scored yet is not found either, so a client
 * polls until it is.
 */
@RestController
class FeedbackController {

	private static final int MAX_ANSWERS = 100;

	private final FeedbackRecorder feedback;

	private final AccessLog accessLog;

	FeedbackController(FeedbackRecorder feedback, AccessLog accessLog) {
		this.feedback = feedback;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/scoring/answers/{answerId}")
	AnswerFeedback answer(@PathVariable String answerId, Caller caller) {
		AnswerFeedback answer = this.feedback.find(answerId)
			.filter((found) -> visibleTo(found, caller))
			.orElseThrow(() -> notScored(answerId));
		this.accessLog.record(caller, answer.read("answer-feedback"));
		return answer.asReadBy(caller);
	}

	/**
	 * The learner's newest scored answers first. A learner who may not be read is not
	 * found, as in analytics, rather than an empty list that would tell the caller too
	 * little and look like a learner without answers; only the learner themself is told
	 * they have none yet.
	 */
	@GetMapping("/api/scoring/learners/{learnerId}/answers")
	List<AnswerFeedback> answers(@PathVariable String learnerId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_ANSWERS) int limit, Caller caller) {
		List<AnswerFeedback> answers = this.feedback.newestOf(learnerId, limit)
			.stream()
			.filter((answer) -> visibleTo(answer, caller))
			.map((answer) -> answer.asReadBy(caller))
			.toList();
		if (answers.isEmpty() && !caller.isLearner(learnerId)) {
			throw unknownLearner(learnerId);
		}
		if (!answers.isEmpty()) {
			this.accessLog.record(caller, answers.get(0).read("learner-answers"));
		}
		return answers;
	}

	private static boolean visibleTo(AnswerFeedback answer, Caller caller) {
		return caller.readsLearner(answer.learnerId(), answer.programId(), answer.cohortId());
	}

	private static ErrorResponseException unknownLearner(String learnerId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-learner", "No answers of this learner",
				"No scored answers of learner '" + learnerId + "' are known to you.");
	}

	private static ErrorResponseException notScored(String answerId) {
		return Problems.exception(HttpStatus.NOT_FOUND, "unknown-answer", "No feedback for this answer",
				"No scored answer " + answerId
						+ " is known to you; an answer just submitted is scored within seconds.");
	}

}
