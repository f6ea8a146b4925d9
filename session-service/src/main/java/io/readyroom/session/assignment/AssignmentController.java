package io.readyroom.session.assignment;

import java.net.URI;
import java.util.List;

import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Practice assigned to cohorts and learners. The program is the caller's own (an admin
 * names it); a learner sees only what is assigned to them.
 */
@RestController
class AssignmentController {

	private final Assignments assignments;

	AssignmentController(Assignments assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/api/cohorts/{cohortId}/assignments")
	ResponseEntity<AssignmentView> assign(@PathVariable String cohortId,
			@RequestParam(required = false) @Nullable String programId, @Valid @RequestBody AssignRequest request,
			Caller caller) {
		AssignmentView assigned = this.assignments.assign(caller, cohortId, programId, request);
		return ResponseEntity.created(URI.create("/api/assignments/" + assigned.assignmentId())).body(assigned);
	}

	/** The cohort's assignments, withdrawn ones too, soonest due first. */
	@GetMapping("/api/cohorts/{cohortId}/assignments")
	List<AssignmentView> ofCohort(@PathVariable String cohortId,
			@RequestParam(required = false) @Nullable String programId, Caller caller) {
		return this.assignments.ofCohort(caller, cohortId, programId);
	}

	@GetMapping("/api/assignments/mine")
	List<MyAssignment> mine(Caller caller) {
		return this.assignments.mine(caller);
	}

	@GetMapping("/api/assignments/{assignmentId}")
	AssignmentView find(@PathVariable String assignmentId, Caller caller) {
		return this.assignments.find(caller, assignmentId);
	}

	@PatchMapping("/api/assignments/{assignmentId}")
	AssignmentView change(@PathVariable String assignmentId, @Valid @RequestBody ChangeAssignmentRequest request,
			Caller caller) {
		return this.assignments.change(caller, assignmentId, request);
	}

	@DeleteMapping("/api/assignments/{assignmentId}")
	AssignmentView withdraw(@PathVariable String assignmentId, Caller caller) {
		return this.assignments.withdraw(caller, assignmentId);
	}

}
