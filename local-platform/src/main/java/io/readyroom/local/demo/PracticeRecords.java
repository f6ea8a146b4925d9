package io.readyroom.local.demo;

/**
 * Whether a learner has practised before, as analytics knows it: a profile with sessions
 * or answers. It makes the demo safe to load again: a learner with data is left alone.
 * Analytics rather than a marker of our own, because it is what the pages show.
 */
final class PracticeRecords {

	private final ServiceClient analytics;

	private final String directorToken;

	PracticeRecords(ServiceClient analytics, String directorToken) {
		this.analytics = analytics;
		this.directorToken = directorToken;
	}

	boolean hasPractised(String learnerId) {
		return this.analytics.find("/api/learners/" + learnerId + "/profile", this.directorToken, 404)
			.map((profile) -> profile.path("sessionsStarted").asInt(0) > 0 || profile.path("answerCount").asInt(0) > 0)
			.orElse(false);
	}

}
