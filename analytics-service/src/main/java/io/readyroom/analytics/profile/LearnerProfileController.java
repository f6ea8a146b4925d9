package io.readyroom.analytics.profile;

import io.readyroom.support.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class LearnerProfileController {

	private final LearnerProfiles profiles;

	LearnerProfileController(LearnerProfiles profiles) {
		this.profiles = profiles;
	}

	@GetMapping("/api/learners/{learnerId}/profile")
	LearnerProfile profile(@PathVariable String learnerId, Caller caller) {
		return this.profiles.readableBy(caller, learnerId);
	}

}
