package io.readyroom.analytics.readiness;

import java.util.List;
import java.util.Map;

import io.readyroom.bank.CompetencyModel.Requirement;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A program's own requirements per role track; a role track it does not name keeps the
 * competency model's.
 *
 * @param version raised by every change; {@code null} in rules stored before versions
 * until their first change
 */
@Document("readiness_rules")
record ProgramReadinessRules(@Id String programId, Map<String, List<Requirement>> roleTracks, @Version Long version) {

	ProgramReadinessRules {
		roleTracks = (roleTracks != null) ? Map.copyOf(roleTracks) : Map.of();
	}

	/** Spring Data sets the version through this: a record has no setters. */
	ProgramReadinessRules withVersion(Long version) {
		return new ProgramReadinessRules(this.programId, this.roleTracks, version);
	}

}
