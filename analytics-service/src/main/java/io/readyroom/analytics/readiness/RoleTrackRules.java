package io.readyroom.analytics.readiness;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A role track's requirements as a program sets them.
 *
 * @param requires one requirement per competency
 */
record RoleTrackRules(@NotNull @Size(min = 1, max = MAX_REQUIREMENTS) List<@NotNull @Valid RequirementRule> requires) {

	/**
	 * Well above the competencies of the shared model: with each competency required once
	 * at most, a longer list cannot be valid, so it is refused before it is looked at.
	 */
	static final int MAX_REQUIREMENTS = 50;

}
