package io.readyroom.session.program;

import java.time.Instant;
import java.util.List;

import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.CohortChanged.Change;
import io.readyroom.contracts.CohortChanged.Status;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A cohort of a program as its last change left it. Its id is {@code programId/cohortId};
 * {@code lastChange} is kept so the stored state alone makes its event.
 */
@Document("cohorts")
record Cohort(@Id String id, @Indexed String programId, String cohortId, String name, Status status,
		List<String> coachIds, int revision, Change lastChange, String changedBy,
		Instant changedAt) implements ProgramState {

	Cohort {
		coachIds = List.copyOf(coachIds);
	}

	static Cohort opened(String programId, String cohortId, String name, List<String> coachIds, String by, Instant at) {
		return new Cohort(idOf(programId, cohortId), programId, cohortId, name, Status.OPEN, coachIds, 1, Change.OPENED,
				by, at);
	}

	static String idOf(String programId, String cohortId) {
		return programId + "/" + cohortId;
	}

	Cohort renamed(String newName, String by, Instant at) {
		return next(newName, this.status, this.coachIds, Change.RENAMED, by, at);
	}

	Cohort closed(String by, Instant at) {
		return next(this.name, Status.CLOSED, this.coachIds, Change.CLOSED, by, at);
	}

	Cohort coachedBy(List<String> coaches, String by, Instant at) {
		return next(this.name, this.status, coaches, Change.COACHES_CHANGED, by, at);
	}

	boolean isOpen() {
		return this.status == Status.OPEN;
	}

	boolean isCoachedBy(String userId) {
		return this.coachIds.contains(userId);
	}

	private Cohort next(String newName, Status newStatus, List<String> coaches, Change change, String by, Instant at) {
		return new Cohort(this.id, this.programId, this.cohortId, newName, newStatus, coaches, this.revision + 1,
				change, by, at);
	}

	@Override
	public CohortChanged changed() {
		return CohortChanged.of(this.programId, this.cohortId, this.name, this.status, this.coachIds, this.revision,
				this.lastChange, this.changedBy);
	}

}
