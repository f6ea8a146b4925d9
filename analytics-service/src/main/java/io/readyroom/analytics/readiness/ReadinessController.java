package io.readyroom.analytics.readiness;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.LearnerProfiles;
import io.readyroom.bank.CompetencyModel.Requirement;
import io.readyroom.contracts.token.Role;
import io.readyroom.support.audit.AccessLog;
import io.readyroom.support.security.Caller;
import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A learner's readiness, and a program's readiness rules: read by the program's staff,
 * set by its director or an admin. A refused or invalid change stores nothing.
 */
@RestController
class ReadinessController {

	private final LearnerProfiles profiles;

	private final ReadinessRules rules;

	private final AccessLog accessLog;

	ReadinessController(LearnerProfiles profiles, ReadinessRules rules, AccessLog accessLog) {
		this.profiles = profiles;
		this.rules = rules;
		this.accessLog = accessLog;
	}

	@GetMapping("/api/learners/{learnerId}/readiness")
	LearnerReadiness readiness(@PathVariable String learnerId, Caller caller) {
		LearnerProfile profile = this.profiles.readableBy(caller, learnerId);
		this.accessLog.record(caller, profile.read("learner-readiness"));
		return Readiness.of(profile, this.rules.inForce(profile.programId()));
	}

	/**
	 * The requirements in force for the program: its own where it set them, else the
	 * defaults.
	 */
	@GetMapping("/api/programs/{programId}/readiness-rules")
	Map<String, List<Requirement>> rules(@PathVariable String programId, Caller caller) {
		if (!isStaffOf(caller, programId)) {
			throw AnalyticsProblems
				.refused("Only the staff of program '" + programId + "' or an admin read its readiness rules.");
		}
		return this.rules.inForce(programId);
	}

	/** The requirements in force for one role track of the program. */
	@GetMapping("/api/programs/{programId}/readiness-rules/{roleTrack}")
	List<Requirement> rulesOf(@PathVariable String programId, @PathVariable String roleTrack, Caller caller) {
		Map<String, List<Requirement>> inForce = rules(programId, caller);
		requireKnown(roleTrack);
		return inForce.getOrDefault(roleTrack, List.of());
	}

	@PutMapping("/api/programs/{programId}/readiness-rules/{roleTrack}")
	List<Requirement> override(@PathVariable String programId, @PathVariable String roleTrack,
			@Valid @RequestBody RoleTrackRules body, Caller caller) {
		requireManager(caller, programId);
		List<Requirement> requirements = validated(roleTrack, body);
		this.rules.override(programId, roleTrack, requirements);
		return requirements;
	}

	@DeleteMapping("/api/programs/{programId}/readiness-rules/{roleTrack}")
	ResponseEntity<Void> revert(@PathVariable String programId, @PathVariable String roleTrack, Caller caller) {
		requireManager(caller, programId);
		requireKnown(roleTrack);
		this.rules.revert(programId, roleTrack);
		return ResponseEntity.noContent().build();
	}

	private static boolean isStaffOf(Caller caller, String programId) {
		return caller.role() != Role.LEARNER && caller.belongsTo(programId);
	}

	private static void requireManager(Caller caller, String programId) {
		if (!caller.managesProgram(programId)) {
			throw AnalyticsProblems.programRefused(programId, "sets its readiness rules");
		}
	}

	/**
	 * What the fields' constraints cannot say: the ids must be the model's, once each.
	 */
	private List<Requirement> validated(String roleTrack, RoleTrackRules body) {
		requireKnown(roleTrack);
		Set<String> seen = new HashSet<>();
		for (RequirementRule requirement : body.requires()) {
			if (!this.rules.knowsCompetency(requirement.competency())) {
				throw AnalyticsProblems.invalid("Unknown competency '" + requirement.competency() + "'.");
			}
			if (!seen.add(requirement.competency())) {
				throw AnalyticsProblems.invalid("Competency '" + requirement.competency()
						+ "' is required more than once; give each competency one requirement.");
			}
		}
		return body.requires().stream().map(RequirementRule::toRequirement).toList();
	}

	private void requireKnown(String roleTrack) {
		if (!this.rules.knowsRoleTrack(roleTrack)) {
			throw AnalyticsProblems.unknownRoleTrack(roleTrack, this.rules.roleTracks());
		}
	}

}
