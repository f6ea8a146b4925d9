package io.readyroom.analytics.xapi;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How statements are named and sent.
 *
 * @param activityBase the IRI under which questions and sessions are named as xAPI
 * activities, e.g. {@code https://readyroom.io/xapi/questions/hit-roi-process}
 * @param maxAttempts how often a statement is tried before it goes to the program's dead
 * letters
 * @param firstRetryAfter the pause after the first failure; it doubles after each one
 * @param maxRetryAfter the longest pause between two tries
 * @param completionWait how long a completed session's statement waits for the scores of
 * its answers before it is sent with those that arrived
 * @param requestTimeout how long the LRS may take to answer one statement
 */
@ConfigurationProperties("readyroom.xapi")
public record XapiProperties(String activityBase, int maxAttempts, Duration firstRetryAfter, Duration maxRetryAfter,
		Duration completionWait, Duration requestTimeout) {

	public XapiProperties {
		activityBase = (activityBase != null) ? activityBase.replaceAll("/+$", "") : "https://readyroom.io/xapi";
		maxAttempts = (maxAttempts > 0) ? maxAttempts : 8;
		firstRetryAfter = (firstRetryAfter != null) ? firstRetryAfter : Duration.ofSeconds(10);
		maxRetryAfter = (maxRetryAfter != null) ? maxRetryAfter : Duration.ofHours(1);
		completionWait = (completionWait != null) ? completionWait : Duration.ofMinutes(5);
		requestTimeout = (requestTimeout != null) ? requestTimeout : Duration.ofSeconds(10);
	}

	/**
	 * The pause before try number {@code attempt + 1}, after {@code attempt} failures.
	 */
	Duration pauseAfter(int attempt) {
		long millis = this.firstRetryAfter.toMillis() << Math.min(attempt - 1, 30);
		return Duration.ofMillis(Math.min(Math.max(millis, 0), this.maxRetryAfter.toMillis()));
	}

}
