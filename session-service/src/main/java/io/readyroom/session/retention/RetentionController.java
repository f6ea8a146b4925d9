package io.readyroom.session.retention;

import io.readyroom.session.practice.Ids;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's retention period for answer text: {@code {"answerTextDays": 365}}, or
 * {@code null} to keep text as long as the program runs (the default). The next sweep
 * applies a shorter period to answers already given.
 */
@RestController
@Validated
@RequestMapping("/api/programs/{programId}/retention")
class RetentionController {

	private final RetentionPolicies policies;

	RetentionController(RetentionPolicies policies) {
		this.policies = policies;
	}

	@GetMapping
	RetentionView find(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId, Caller caller) {
		return RetentionView.of(this.policies.of(caller, programId));
	}

	@PutMapping
	RetentionView set(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@Valid @RequestBody RetentionRequest request, Caller caller) {
		return RetentionView.of(this.policies.set(caller, programId, request));
	}

}
