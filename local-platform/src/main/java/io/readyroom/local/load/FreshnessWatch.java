package io.readyroom.local.load;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.readyroom.local.load.JsonHttp.Response;

/**
 * Reads, every {@link #INTERVAL}, the load cohort's dashboard (as its coach) and the
 * profiles of a few watched learners (as themselves), and keeps the counts of answers
 * they show. Reading every learner's profile that often would load analytics-service more
 * than the answers do, so only a sample of learners is watched.
 */
final class FreshnessWatch implements AutoCloseable {

	static final Duration INTERVAL = Duration.ofMillis(100);

	/** The cohort the identity server puts its load learners in. */
	static final String COHORT = "load-cohort";

	/** The identity server's load coach, who reads {@link #COHORT}'s dashboard. */
	static final String COACH = "load-coach";

	private final URI analytics;

	private final JsonHttp coach;

	private final Map<String, JsonHttp> watched;

	private final CountSeries dashboard;

	private final Map<String, CountSeries> profiles = new LinkedHashMap<>();

	private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "load-freshness-watch");
		thread.setDaemon(true);
		return thread;
	});

	/**
	 * Reads the counts as they are before the load.
	 * @param watched the watched learners' clients by username
	 */
	FreshnessWatch(URI analytics, JsonHttp coach, Map<String, JsonHttp> watched) throws IOException {
		this.analytics = analytics;
		this.coach = coach;
		this.watched = Map.copyOf(watched);
		this.dashboard = new CountSeries(dashboardAnswers());
		for (Map.Entry<String, JsonHttp> learner : watched.entrySet()) {
			this.profiles.put(learner.getKey(), new CountSeries(profileAnswers(learner.getKey(), learner.getValue())));
		}
	}

	void start() {
		this.reader.scheduleWithFixedDelay(this::readAll, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
	}

	CountSeries dashboard() {
		return this.dashboard;
	}

	/** The watched learners' profile counts by username. */
	Map<String, CountSeries> profiles() {
		return this.profiles;
	}

	List<String> watchedLearners() {
		return List.copyOf(this.profiles.keySet());
	}

	private void readAll() {
		try {
			this.dashboard.read(Instant.now(), dashboardAnswers());
			for (Map.Entry<String, CountSeries> profile : this.profiles.entrySet()) {
				String learner = profile.getKey();
				profile.getValue().read(Instant.now(), profileAnswers(learner, this.watched.get(learner)));
			}
		}
		catch (IOException ex) {
			// a missed reading only makes the next one count
		}
	}

	private long dashboardAnswers() throws IOException {
		return countIn(this.coach.get(this.analytics.resolve("/api/cohorts/" + COHORT + "/dashboard")), "answers");
	}

	private long profileAnswers(String learner, JsonHttp http) throws IOException {
		return countIn(http.get(this.analytics.resolve("/api/learners/" + learner + "/profile")), "answerCount");
	}

	/** A count of 0 where analytics has heard of no answer yet (404). */
	private static long countIn(Response response, String field) throws IOException {
		if (response.status() == 404) {
			return 0;
		}
		if (!response.ok()) {
			throw new IOException("analytics-service answered " + response.status());
		}
		return response.body().path(field).asLong();
	}

	@Override
	public void close() {
		this.reader.shutdownNow();
	}

}
