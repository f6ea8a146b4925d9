package io.readyroom.analytics.accesslog;

import java.time.Instant;

import io.readyroom.contracts.LearnerDataRead;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read on the access log, as {@link LearnerDataRead} describes it; its id is the
 * event's, so a redelivered event is not entered twice.
 *
 * @param learnerId the learner read; {@code null} when the read covered a cohort or
 * program; {@link #ERASED_LEARNER} once the learner was erased
 */
@Document("access_log")
// a program's entries newest first, for the page and the export
@CompoundIndex(def = "{ 'programId': 1, 'occurredAt': -1 }", useGeneratedName = true)
public record AccessLogEntry(@Id String entryId, Instant occurredAt, String readerId, String readerRole, String client,
		String what, String programId, String cohortId, String learnerId) {

	/**
	 * The learner of a read whose learner was erased. Not {@code null}, which would turn
	 * the read of one learner into the read of a whole cohort or program: the log still
	 * tells that one learner's data was read, only no longer whose.
	 */
	public static final String ERASED_LEARNER = "erased-learner";

	AccessLogEntry ofErasedLearner() {
		return new AccessLogEntry(this.entryId, this.occurredAt, this.readerId, this.readerRole, this.client, this.what,
				this.programId, this.cohortId, ERASED_LEARNER);
	}

	static AccessLogEntry of(LearnerDataRead read) {
		return new AccessLogEntry(read.eventId(), read.occurredAt(), read.readerId(), read.readerRole(), read.client(),
				read.what(), read.programId(), read.cohortId(), read.learnerId());
	}

}
