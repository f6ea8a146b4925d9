package io.readyroom.analytics.readiness;

import java.util.List;
import java.util.Map;

import io.readyroom.bank.CompetencyModel.Requirement;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A program's own requirements per role track; a role track it does not name keeps the
 * competency model's.
 */
@Document("readiness_rules")
record ProgramReadinessRules(@Id String programId, Map<String, List<Requirement>> roleTracks) {

	ProgramReadinessRules {
		roleTracks = (roleTracks != null) ? Map.copyOf(roleTracks) : Map.of();
	}

}
