package io.readyroom.analytics.export;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What an export covers: a cohort or a program, and optionally the answers submitted from
 * {@code from} to {@code to} (inclusive days, UTC).
 */
record ExportScope(String field, String id, LocalDate from, LocalDate to) {

	boolean hasRange() {
		return this.from != null || this.to != null;
	}

	Criteria learners() {
		return Criteria.where(this.field).is(this.id);
	}

	Criteria answers() {
		Criteria criteria = Criteria.where(this.field).is(this.id);
		if (hasRange()) {
			Criteria submitted = criteria.and("submittedAt");
			if (this.from != null) {
				submitted.gte(this.from.atStartOfDay().toInstant(ZoneOffset.UTC));
			}
			if (this.to != null) {
				submitted.lt(this.to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
			}
		}
		return criteria;
	}

	String name() {
		return this.id + ((this.from != null) ? "_from-" + this.from : "")
				+ ((this.to != null) ? "_to-" + this.to : "");
	}

}
