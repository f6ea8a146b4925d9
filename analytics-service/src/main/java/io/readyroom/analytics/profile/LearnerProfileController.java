package io.readyroom.analytics.profile;

import io.readyroom.analytics.AnalyticsProblems;

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
	LearnerProfile profile(@PathVariable String learnerId) {
		return this.profiles.find(learnerId).orElseThrow(() -> AnalyticsProblems.noProfile(learnerId));
	}

}
