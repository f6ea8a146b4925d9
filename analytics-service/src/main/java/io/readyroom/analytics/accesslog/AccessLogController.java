package io.readyroom.analytics.accesslog;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.support.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's access log for its directors and admins, page by page, newest first;
 * optionally only the reads of one learner. The whole log is exported as the program's
 * {@code access-log} export. Reading only: the log has no endpoint that changes it.
 */
@RestController
class AccessLogController {

	private final AccessLogEntries entries;

	AccessLogController(AccessLogEntries entries) {
		this.entries = entries;
	}

	@GetMapping("/api/programs/{programId}/access-log")
	AccessLogPage page(@PathVariable String programId, @RequestParam(required = false) String learnerId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size, Caller caller) {
		if (!caller.managesProgram(programId)) {
			throw AnalyticsProblems.programRefused(programId, "reads its access log");
		}
		if (page < 0 || size < 1 || size > 500) {
			throw AnalyticsProblems.invalid("page must be 0 or more and size from 1 to 500.");
		}
		return this.entries.page(programId, (learnerId == null || learnerId.isBlank()) ? null : learnerId, page, size);
	}

}
