package io.readyroom.analytics.readiness;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.readyroom.analytics.profile.CompetencyStanding;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.readiness.LearnerReadiness.RequirementStatus;
import io.readyroom.bank.CompetencyModel.Requirement;

/**
 * Judges readiness for the learner's target role; a learner without one is not judged. A
 * requirement is met when the competency's mastery reaches the threshold and at least
 * {@code minAnswers} scored answers stand behind it. Computed on demand from the profile,
 * so a change of rules applies at once without rewriting profiles.
 */
public final class Readiness {

	private Readiness() {
	}

	public static LearnerReadiness of(LearnerProfile profile, Map<String, List<Requirement>> rules) {
		List<Requirement> requires = (profile.roleTrack() != null) ? rules.getOrDefault(profile.roleTrack(), List.of())
				: List.of();
		List<RequirementStatus> statuses = requires.stream()
			.map((requirement) -> status(profile, requirement))
			.toList();
		List<String> blocking = statuses.stream()
			.filter((status) -> !status.met())
			.sorted(Comparator.comparingDouble(RequirementStatus::gap)
				.reversed()
				.thenComparing(RequirementStatus::competency))
			.map(RequirementStatus::competency)
			.toList();
		boolean ready = !requires.isEmpty() && blocking.isEmpty();
		return new LearnerReadiness(profile.learnerId(), profile.roleTrack(), profile.roleTrack() != null,
				profile.proposedTargetRole(), ready, statuses, blocking);
	}

	private static RequirementStatus status(LearnerProfile profile, Requirement requirement) {
		CompetencyStanding standing = profile.standing(requirement.competency()).orElse(null);
		Double mastery = (standing != null) ? standing.mastery() : null;
		int answers = (standing != null) ? standing.answerCount() : 0;
		boolean met = mastery != null && mastery >= requirement.threshold() && answers >= requirement.minAnswers();
		return new RequirementStatus(requirement.competency(), requirement.threshold(), requirement.minAnswers(),
				mastery, answers, met);
	}

}
