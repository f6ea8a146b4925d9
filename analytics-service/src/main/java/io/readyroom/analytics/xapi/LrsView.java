package io.readyroom.analytics.xapi;

import java.time.Instant;
import java.util.Map;

import io.readyroom.analytics.xapi.QueuedStatement.Status;

/**
 * A program's LRS as its directors see it: everything but the password, and how delivery
 * stands.
 *
 * @param statements how many statements await their session's completion, are due, were
 * sent and are dead letters
 */
record LrsView(String programId, String endpoint, String username, boolean passwordSet, String accountHomePage,
		Instant updatedAt, String updatedBy, Map<Status, Long> statements) {

	static LrsView of(LrsSettings settings, Map<Status, Long> statements) {
		return new LrsView(settings.programId(), settings.endpoint(), settings.username(), true,
				settings.accountHomePage(), settings.updatedAt(), settings.updatedBy(), statements);
	}

}
