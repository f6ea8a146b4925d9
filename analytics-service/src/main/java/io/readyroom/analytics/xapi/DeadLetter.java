package io.readyroom.analytics.xapi;

import java.time.Instant;

import io.readyroom.analytics.xapi.QueuedStatement.Kind;

/** A statement the program's LRS did not take, and why. */
record DeadLetter(String statementId, Kind kind, String sessionId, Instant queuedAt, int attempts, String lastError,
		String statement) {

	static DeadLetter of(QueuedStatement queued) {
		return new DeadLetter(queued.statementId(), queued.kind(), queued.sessionId(), queued.queuedAt(),
				queued.attempts(), queued.lastError(), queued.statement());
	}

}
