package io.readyroom.scoring.review;

import java.util.List;

import io.readyroom.scoring.web.ProgramScope;
import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.audit.DataRead;
import io.readyroom.support.security.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review queue of the caller's cohorts (a director's: the program's), the answers to
 * look at first on top.
 */
@RestController
class ReviewQueueController {

	private static final int MAX_ANSWERS = 200;

	private final ReviewQueue queue;

	private final AccessLog accessLog;

	ReviewQueueController(ReviewQueue queue, AccessLog accessLog) {
		this.queue = queue;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/scoring/review-queue")
	List<QueuedAnswer> queue(@RequestParam(required = false) @Nullable String cohortId,
			@RequestParam(required = false) @Nullable String programId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(MAX_ANSWERS) int limit, Caller caller) {
		String program = ProgramScope.of(caller, programId);
		List<QueuedAnswer> queued = this.queue.of(caller, program, cohortId, limit);
		this.accessLog.record(caller, (cohortId != null) ? DataRead.ofCohort("review-queue", program, cohortId)
				: DataRead.ofProgram("review-queue", program));
		return queued;
	}

}
