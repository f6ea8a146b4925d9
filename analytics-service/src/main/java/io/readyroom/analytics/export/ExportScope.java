package io.readyroom.analytics.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import io.readyroom.analytics.activity.PracticeActivity;

import org.springframework.data.mongodb.core.query.Criteria;

/**
 * What an export covers: a cohort or a program, and optionally what happened from
 * {@code from} to {@code to} (inclusive days, UTC): answers submitted, sessions started
 * and sessions completed in that range.
 */
record ExportScope(String field, String id, LocalDate from, LocalDate to) {

	/** {@code cohort} or {@code program}. */
	String kind() {
		return this.field.equals("cohortId") ? "cohort" : "program";
	}

	boolean hasRange() {
		return this.from != null || this.to != null;
	}

	Criteria learners() {
		return Criteria.where(this.field).is(this.id);
	}

	Criteria answers() {
		return happened("submittedAt");
	}

	/** What the scope holds whose {@code timeField} falls in the range. */
	Criteria happened(String timeField) {
		Criteria criteria = Criteria.where(this.field).is(this.id);
		if (hasRange()) {
			bounded(criteria.and(timeField));
		}
		return criteria;
	}

	/** Sessions that started or completed in the range. */
	Criteria sessions() {
		Criteria criteria = Criteria.where(this.field).is(this.id);
		return hasRange() ? criteria.orOperator(inRange("startedAt"), inRange("completedAt")) : criteria;
	}

	/**
	 * The session as the range sees it: a start or completion outside the range did not
	 * happen in it.
	 */
	PracticeActivity clipped(PracticeActivity session) {
		return new PracticeActivity(session.sessionId(), session.learnerId(), session.programId(), session.cohortId(),
				session.roleTrack(), session.mode(), within(session.startedAt()), within(session.completedAt()),
				session.answeredCount());
	}

	String name() {
		return this.id + ((this.from != null) ? "_from-" + this.from : "")
				+ ((this.to != null) ? "_to-" + this.to : "");
	}

	private Instant within(Instant at) {
		boolean inRange = at != null && (this.from == null || !at.isBefore(start()))
				&& (this.to == null || at.isBefore(end()));
		return inRange ? at : null;
	}

	private Criteria inRange(String field) {
		return bounded(Criteria.where(field));
	}

	private Criteria bounded(Criteria field) {
		if (this.from != null) {
			field.gte(start());
		}
		if (this.to != null) {
			field.lt(end());
		}
		return field;
	}

	private Instant start() {
		return this.from.atStartOfDay().toInstant(ZoneOffset.UTC);
	}

	private Instant end() {
		return this.to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
	}

}
