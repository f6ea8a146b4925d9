package io.readyroom.analytics.accesslog;

import java.time.Instant;

import io.readyroom.contracts.LearnerDataRead;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read on the access log, as {@link LearnerDataRead} describes it; its id is the
 * event's, so a redelivered event is not entered twice.
 */
@Document("access_log")
// a program's entries newest first, for the page and the export
@CompoundIndex(def = "{ 'programId': 1, 'occurredAt': -1 }", useGeneratedName = true)
public record AccessLogEntry(@Id String entryId, Instant occurredAt, String readerId, String readerRole, String client,
		String what, String programId, String cohortId, String learnerId) {

	static AccessLogEntry of(LearnerDataRead read) {
		return new AccessLogEntry(read.eventId(), read.occurredAt(), read.readerId(), read.readerRole(), read.client(),
				read.what(), read.programId(), read.cohortId(), read.learnerId());
	}

}
