package io.readyroom.session.practice;

import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * The time a step of practice happened: now, unless a request names a past time and
 * backdating is allowed ({@link BackdatingProperties}, the local demo only). A named time
 * may not lie in the future, nor before the session it belongs to started.
 */
@Component
public class Backdating {

	private final BackdatingProperties properties;

	private final Clock clock;

	Backdating(BackdatingProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @param requested the time the request names, or null for now
	 * @param field the request's field that names it, for the problem
	 * @return the time to record
	 * @throws ErrorResponseException 400 when a time is named while backdating is not
	 * allowed, or it lies in the future
	 */
	public Instant timeOf(@Nullable Instant requested, String field) {
		Instant now = this.clock.instant();
		if (requested == null) {
			return now;
		}
		if (!this.properties.backdatingAllowed()) {
			throw SessionProblems.backdatingNotAllowed(field);
		}
		if (requested.isAfter(now)) {
			throw SessionProblems.timeInFuture(field, requested, now);
		}
		return requested;
	}

	/**
	 * Like {@link #timeOf(Instant, String)}, for a step of a session that has started.
	 * @throws ErrorResponseException 400 also when the time lies before the session's
	 * start
	 */
	public Instant timeOf(@Nullable Instant requested, String field, PracticeSession session) {
		Instant time = timeOf(requested, field);
		if (requested != null && time.isBefore(session.getStartedAt())) {
			throw SessionProblems.timeBeforeSessionStart(field, time, session);
		}
		return time;
	}

}
