package io.readyroom.session.program;

import java.net.URI;
import java.util.List;

import io.readyroom.session.practice.Ids;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;

import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's cohorts. Its director or an admin opens, renames and closes them and sets
 * their coaches; a coach reads the cohorts they coach. Every change answers with the
 * cohort's new state once Kafka has it.
 */
@RestController
@Validated
@RequestMapping("/api/programs/{programId}/cohorts")
class CohortController {

	private final Cohorts cohorts;

	CohortController(Cohorts cohorts) {
		this.cohorts = cohorts;
	}

	@GetMapping
	List<CohortView> list(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId, Caller caller) {
		return this.cohorts.readableBy(caller, programId).stream().map(CohortView::of).toList();
	}

	@PostMapping
	ResponseEntity<CohortView> open(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@Valid @RequestBody NewCohort request, Caller caller) {
		Cohort cohort = this.cohorts.open(caller, programId, request);
		return ResponseEntity.created(URI.create("/api/programs/" + programId + "/cohorts/" + cohort.cohortId()))
			.body(CohortView.of(cohort));
	}

	@PatchMapping("/{cohortId}")
	CohortView rename(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String cohortId, @Valid @RequestBody CohortName request,
			Caller caller) {
		return CohortView.of(this.cohorts.rename(caller, programId, cohortId, request.name()));
	}

	/**
	 * Ends the cohort's term: its figures stay, nobody starts a session in it any more.
	 */
	@PostMapping("/{cohortId}/close")
	CohortView close(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String cohortId, Caller caller) {
		return CohortView.of(this.cohorts.close(caller, programId, cohortId));
	}

	@PutMapping("/{cohortId}/coaches")
	CohortView coaches(@PathVariable @Pattern(regexp = Ids.PATTERN) String programId,
			@PathVariable @Pattern(regexp = Ids.PATTERN) String cohortId, @Valid @RequestBody CoachIds request,
			Caller caller) {
		return CohortView.of(this.cohorts.assignCoaches(caller, programId, cohortId, request.distinct()));
	}

}
