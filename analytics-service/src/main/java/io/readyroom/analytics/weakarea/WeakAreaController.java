package io.readyroom.analytics.weakarea;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.LearnerProfiles;
import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WeakAreaController {

	private final LearnerProfiles profiles;

	private final WeakAreas weakAreas;

	private final AccessLog accessLog;

	WeakAreaController(LearnerProfiles profiles, WeakAreas weakAreas, AccessLog accessLog) {
		this.profiles = profiles;
		this.weakAreas = weakAreas;
		this.accessLog = accessLog;
	}

	/**
	 * The learner's weak areas, weakest first; an empty list when none. session-service
	 * asks for them with the learner's own token when it plans a targeted session.
	 */
	@GetMapping("/api/learners/{learnerId}/weak-areas")
	WeakAreaReport weakAreas(@PathVariable String learnerId, @RequestParam(defaultValue = "5") int limit,
			Caller caller) {
		if (limit < 1 || limit > 50) {
			throw AnalyticsProblems.invalid("limit must be from 1 to 50 but was " + limit + ".");
		}
		LearnerProfile profile = this.profiles.readableBy(caller, learnerId);
		this.accessLog.record(caller, profile.read("learner-weak-areas"));
		return this.weakAreas.of(profile, limit);
	}

}
