package io.readyroom.analytics.readiness;

import java.util.List;
import java.util.Map;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.LearnerProfiles;
import io.readyroom.bank.CompetencyModel.Requirement;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReadinessController {

	private final LearnerProfiles profiles;

	private final ReadinessRules rules;

	ReadinessController(LearnerProfiles profiles, ReadinessRules rules) {
		this.profiles = profiles;
		this.rules = rules;
	}

	@GetMapping("/api/learners/{learnerId}/readiness")
	LearnerReadiness readiness(@PathVariable String learnerId) {
		LearnerProfile profile = this.profiles.find(learnerId)
			.orElseThrow(() -> AnalyticsProblems.noProfile(learnerId));
		return Readiness.of(profile, this.rules.inForce(profile.programId()));
	}

	/**
	 * The requirements in force for the program: its own where it set them, else the
	 * defaults.
	 */
	@GetMapping("/api/programs/{programId}/readiness-rules")
	Map<String, List<Requirement>> rules(@PathVariable String programId) {
		return this.rules.inForce(programId);
	}

	@PutMapping("/api/programs/{programId}/readiness-rules/{roleTrack}")
	List<Requirement> override(@PathVariable String programId, @PathVariable String roleTrack,
			@RequestBody RoleTrackRules body) {
		List<Requirement> requirements = validated(roleTrack, body);
		this.rules.override(programId, roleTrack, requirements);
		return requirements;
	}

	@DeleteMapping("/api/programs/{programId}/readiness-rules/{roleTrack}")
	ResponseEntity<Void> revert(@PathVariable String programId, @PathVariable String roleTrack) {
		this.rules.revert(programId, roleTrack);
		return ResponseEntity.noContent().build();
	}

	private List<Requirement> validated(String roleTrack, RoleTrackRules body) {
		if (!this.rules.knowsRoleTrack(roleTrack)) {
			throw AnalyticsProblems.invalid("Unknown role track '" + roleTrack + "'; known role tracks: "
					+ String.join(", ", this.rules.roleTracks()) + ".");
		}
		if (body == null || body.requires() == null || body.requires().isEmpty()) {
			throw AnalyticsProblems.invalid("A role track needs at least one requirement in 'requires'.");
		}
		for (Requirement requirement : body.requires()) {
			if (requirement.competency() == null || !this.rules.knowsCompetency(requirement.competency())) {
				throw AnalyticsProblems.invalid("Unknown competency '" + requirement.competency() + "'.");
			}
			if (requirement.threshold() < 0 || requirement.threshold() > 100 || requirement.minAnswers() < 1) {
				throw AnalyticsProblems.invalid("Requirement for '" + requirement.competency()
						+ "' needs a threshold from 0 to 100 and minAnswers of at least 1.");
			}
		}
		return body.requires();
	}

	/** A role track's requirements as a program sets them. */
	record RoleTrackRules(List<Requirement> requires) {
	}

}
