package io.readyroom.local.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A count the platform shows (a profile's answers, a dashboard's answers), read again and
 * again while the load runs, from the value it had before the load on. Tells when each of
 * the load's answers had shown up: the k-th answer acknowledged is in once the count has
 * grown by k, at the first reading after its acknowledgement.
 */
final class CountSeries {

	private final long before;

	private final List<Reading> readings = new CopyOnWriteArrayList<>();

	CountSeries(long before) {
		this.before = before;
	}

	void read(Instant at, long count) {
		this.readings.add(new Reading(at, count));
	}

	/** How many of the load's answers the last reading showed. */
	long shown() {
		return this.readings.isEmpty() ? 0 : this.readings.get(this.readings.size() - 1).count() - this.before;
	}

	/** When the count first showed {@code answers} of the load's answers. */
	Optional<Instant> firstShowing(long answers) {
		return this.readings.stream()
			.filter((reading) -> reading.count() - this.before >= answers)
			.findFirst()
			.map(Reading::at);
	}

	/**
	 * @param acknowledged when the load's answers were acknowledged, in that order
	 * @return how long each answer took to show, for those that showed
	 */
	List<Duration> freshness(List<Instant> acknowledged) {
		List<Duration> freshness = new ArrayList<>();
		for (int k = 1; k <= acknowledged.size(); k++) {
			Instant ack = acknowledged.get(k - 1);
			long answers = k;
			this.readings.stream()
				.filter((reading) -> !reading.at().isBefore(ack) && reading.count() - this.before >= answers)
				.findFirst()
				.ifPresent((reading) -> freshness.add(Duration.between(ack, reading.at())));
		}
		return freshness;
	}

	private record Reading(Instant at, long count) {
	}

}
