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
 * @param version raised by every save, which fails when another saved the rules since
 * they were read; {@code null} before the first save, and in rules stored before versions
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

	/** Stored before rules carried a version: Spring Data would take it for new. */
	boolean isUnversioned() {
		return this.version == null;
	}

}
