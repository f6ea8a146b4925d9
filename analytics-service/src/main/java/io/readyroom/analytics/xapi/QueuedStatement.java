package io.readyroom.analytics.xapi;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One statement on its way to a program's LRS. An answer's statement is written when it
 * is queued; a session's waits for the session to complete and is written when it is
 * sent, once the session's answers are scored.
 *
 * @param statement the statement's JSON; {@code null} for a session's until it is sent
 * @param nextAttemptAt when it is due; a sender that takes it moves this on, so two
 * instances do not send it at once
 */
@Document("xapi_outbox")
// the due statements, oldest first
@CompoundIndex(def = "{ 'status': 1, 'nextAttemptAt': 1 }", useGeneratedName = true)
// a program's dead letters and counts
@CompoundIndex(def = "{ 'programId': 1, 'status': 1 }", useGeneratedName = true)
record QueuedStatement(@Id String statementId, String programId, Kind kind, String sessionId, String statement,
		Status status, Instant queuedAt, int attempts, Instant nextAttemptAt, String lastError, Instant sentAt) {

	enum Kind {

		ANSWERED, COMPLETED

	}

	enum Status {

		/** A session's statement, waiting for the session to complete. */
		AWAITING_COMPLETION,

		/** Due at {@code nextAttemptAt}. */
		PENDING,

		SENT,

		/** Refused by the LRS, or tried the most times; sent again only on request. */
		DEAD

	}

}
