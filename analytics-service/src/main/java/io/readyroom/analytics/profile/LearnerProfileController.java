package io.readyroom.analytics.profile;

import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LearnerProfileController {

	private final LearnerProfiles profiles;

	private final AccessLog accessLog;

	LearnerProfileController(LearnerProfiles profiles, AccessLog accessLog) {
		this.profiles = profiles;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/learners/{learnerId}/profile")
	LearnerProfile profile(@PathVariable String learnerId, Caller caller) {
		LearnerProfile profile = this.profiles.readableBy(caller, learnerId);
		this.accessLog.record(caller, profile.read("learner-profile"));
		return profile;
	}

}
