package io.readyroom.bank;

import java.util.List;
import java.util.Optional;

/**
 * The competencies learners are assessed on and the role tracks that say which
 * competencies, at which level and with how much evidence, make a learner ready for a
 * role.
 */
public record CompetencyModel(List<Competency> competencies, List<RoleTrack> roleTracks) {

	public CompetencyModel {
		competencies = List.copyOf(competencies);
		roleTracks = List.copyOf(roleTracks);
	}

	public boolean hasCompetency(String id) {
		return this.competencies.stream().anyMatch((competency) -> competency.id().equals(id));
	}

	public Optional<RoleTrack> roleTrack(String id) {
		return this.roleTracks.stream().filter((track) -> track.id().equals(id)).findFirst();
	}

	/**
	 * A competency, grouped in the skill map's areas: foundational, advanced technical,
	 * professional.
	 */
	public record Competency(String id, String name, String area, String description) {

	}

	/** A target role and what readiness for it requires. */
	public record RoleTrack(String id, String name, String description, List<Requirement> requires) {

		public RoleTrack {
			requires = List.copyOf(requires);
		}

	}

	/**
	 * A competency a role requires: a mastery of at least {@code threshold} (0-100) shown
	 * by at least {@code minAnswers} scored answers.
	 */
	public record Requirement(String competency, int threshold, int minAnswers) {

	}

}
