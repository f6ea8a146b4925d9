package io.readyroom.faults;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.faults.ReadModels.ProfileFigures;
import io.readyroom.faults.ReadModels.StoredScore;
import io.readyroom.local.load.AcceptedAnswers;

/**
 * Every acknowledged answer checked against what the platform holds at one moment.
 *
 * @param accepted answers acknowledged with a 2xx so far
 * @param scored of those, the ones scoring-service stored a score for
 * @param counted of those, the ones analytics counts
 * @param lost acknowledged answers not both scored and counted
 * @param duplicated answers counted more than once: the learner profiles' answer counts
 * beyond the distinct answers analytics holds, plus answers whose score events disagree
 * @param neverPublished acknowledged answers with no event on {@code readyroom.answers}
 * (0 while waiting, when the topic is not read)
 * @param publishedTwice acknowledged answers session-service published as two or more
 * events (analytics must still count them once)
 * @param scoreEvents score events on Kafka for the acknowledged answers (more than
 * {@code scored} after redeliveries and replays)
 * @param profileDifferences learners whose profile differs from the reference
 * @param dashboardDifferences cohorts whose dashboard differs from the reference
 */
record Tally(int accepted, int scored, int counted, int lost, long duplicated, long neverPublished, long publishedTwice,
		long scoreEvents, Map<String, String> profileDifferences, Map<String, String> dashboardDifferences) {

	/**
	 * @param events what went over Kafka; {@link EventCounts#notRead()} while waiting,
	 * since reading whole topics at every poll would slow the platform down
	 */
	static Tally take(AcceptedAnswers acceptedAnswers, ReadModels store, EventCounts events) {
		Set<String> accepted = acceptedAnswers.ids();
		List<StoredScore> stored = store.storedScores();
		Set<String> storedIds = stored.stream().map(StoredScore::answerId).collect(Collectors.toSet());
		Set<String> countedIds = store.countedAnswerIds();
		Map<String, ProfileFigures> profiles = store.profiles();
		ReferenceFigures reference = ReferenceFigures.of(stored);

		Set<String> scored = intersection(accepted, storedIds);
		Set<String> counted = intersection(accepted, countedIds);
		long lost = accepted.stream().filter((id) -> !scored.contains(id) || !counted.contains(id)).count();
		long profileAnswers = profiles.values().stream().mapToLong(ProfileFigures::answerCount).sum();
		long duplicated = Math.max(0, profileAnswers - countedIds.size()) + events.scoredInconsistently(accepted);
		long neverPublished = events.submittedEventIds().isEmpty() ? 0 : events.neverPublished(accepted);
		return new Tally(accepted.size(), scored.size(), counted.size(), (int) lost, duplicated, neverPublished,
				events.publishedTwice(accepted), events.scoreEventsOf(accepted), reference.profileDifferences(profiles),
				reference.dashboardDifferences(store.dashboards()));
	}

	/** Everything acknowledged is scored and counted once, and the figures are exact. */
	boolean exact() {
		return this.lost == 0 && this.duplicated == 0 && this.profileDifferences.isEmpty()
				&& this.dashboardDifferences.isEmpty();
	}

	private static Set<String> intersection(Set<String> left, Set<String> right) {
		Set<String> both = new HashSet<>(left);
		both.retainAll(right);
		return both;
	}

	@Override
	public String toString() {
		return "accepted=%d scored=%d counted=%d lost=%d duplicated=%d neverPublished=%d publishedTwice=%d scoreEvents=%d profileDifferences=%s dashboardDifferences=%s"
			.formatted(this.accepted, this.scored, this.counted, this.lost, this.duplicated, this.neverPublished,
					this.publishedTwice, this.scoreEvents, first(this.profileDifferences),
					first(this.dashboardDifferences));
	}

	private static String first(Map<String, String> differences) {
		return differences.size() + differences.entrySet().stream().limit(3).map(Object::toString).toList().toString();
	}

}
