package io.readyroom.analytics.profile;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
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
		return this.profiles.find(learnerId).orElseThrow(() -> noProfile(learnerId));
	}

	private static ErrorResponseException noProfile(String learnerId) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"There is no profile for learner '" + learnerId + "' yet; it appears once an answer is scored.");
		problem.setType(URI.create("https://readyroom.io/problems/unknown-learner"));
		problem.setTitle("No learner profile");
		return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
	}

}
