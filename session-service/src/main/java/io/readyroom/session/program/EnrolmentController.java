package io.readyroom.session.program;

import java.util.List;

import io.readyroom.session.practice.Ids;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Learners' enrolments in a program and their target roles. A learner is named by the
 * user id (username) their token carries; identity stays with the OpenID Connect
 * provider, so enrolling a username the provider does not know yet is allowed.
 */
@RestController
@Validated
@RequestMapping("/api/programs/{programId}/enrolments")
class EnrolmentController {

	private final Enrolments enrolments;

	private final EnrolmentImport imports;

	EnrolmentController(Enrolments enrolments, EnrolmentImport imports) {
		this.enrolments = enrolments;
		this.imports = imports;
	}

	@GetMapping
	List<EnrolmentView> list(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@RequestParam(required = false) @Nullable @Pattern(regexp = Ids.PATTERN) String cohortId, Caller caller) {
		return this.enrolments.listedFor(caller, programId, cohortId).stream().map(EnrolmentView::of).toList();
	}

	@GetMapping("/{learnerId}")
	EnrolmentView find(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String learnerId, Caller caller) {
		return EnrolmentView.of(this.enrolments.readableBy(caller, programId, learnerId));
	}

	/** Enrols the learner in the cohort, or moves them there. */
	@PutMapping("/{learnerId}")
	EnrolmentView place(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String learnerId, @Valid @RequestBody Placement request,
			Caller caller) {
		return EnrolmentView.of(this.enrolments.place(caller, programId, learnerId, request.cohortId()));
	}

	@DeleteMapping("/{learnerId}")
	EnrolmentView remove(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String learnerId, Caller caller) {
		return EnrolmentView.of(this.enrolments.remove(caller, programId, learnerId));
	}

	/**
	 * A CSV file {@code username,cohort[,targetRole]}: all of it, or with any error
	 * nothing.
	 */
	@PostMapping(path = "/import", consumes = "text/csv")
	ImportReport importFile(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId, @RequestBody String file,
			Caller caller) {
		return this.imports.importFile(caller, programId, file);
	}

	/** Staff set the learner's target role; a pending proposal is settled by it. */
	@PutMapping("/{learnerId}/target-role")
	EnrolmentView setTargetRole(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String learnerId, @Valid @RequestBody RoleTrackChoice request,
			Caller caller) {
		return EnrolmentView.of(this.enrolments.setTargetRole(caller, programId, learnerId, request.roleTrack()));
	}

	/** The learner proposes their own target role, pending until staff decide. */
	@PostMapping("/{learnerId}/target-role/proposal")
	EnrolmentView propose(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String learnerId, @Valid @RequestBody RoleTrackChoice request,
			Caller caller) {
		return EnrolmentView.of(this.enrolments.propose(caller, programId, learnerId, request.roleTrack()));
	}

	/** Staff decline the learner's proposal; their target role stays as it was. */
	@DeleteMapping("/{learnerId}/target-role/proposal")
	EnrolmentView decline(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String learnerId, Caller caller) {
		return EnrolmentView.of(this.enrolments.declineProposal(caller, programId, learnerId));
	}

}
