package io.readyroom.local.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every answer session-service acknowledged with a 2xx, by answerId: the suite's promise
 * list, which must all be scored and counted exactly once. Also how often an answer had
 * to be sent again and how many were refused.
 */
public final class AcceptedAnswers {

	private final Map<String, Accepted> byAnswerId = new ConcurrentHashMap<>();

	private final AtomicInteger resends = new AtomicInteger();

	private final AtomicInteger refused = new AtomicInteger();

	public void accepted(String answerId, String learnerId, String cohortId) {
		this.byAnswerId.putIfAbsent(answerId, new Accepted(learnerId, cohortId, Instant.now()));
	}

	/** Takes in another ledger's answers, e.g. one fault's into the whole run's. */
	public void addAll(AcceptedAnswers other) {
		other.byAnswerId.forEach(this.byAnswerId::putIfAbsent);
		this.resends.addAndGet(other.resends());
		this.refused.addAndGet(other.refusals());
	}

	public void resent() {
		this.resends.incrementAndGet();
	}

	public void refused() {
		this.refused.incrementAndGet();
	}

	public int count() {
		return this.byAnswerId.size();
	}

	public int resends() {
		return this.resends.get();
	}

	public int refusals() {
		return this.refused.get();
	}

	public Set<String> ids() {
		return Set.copyOf(this.byAnswerId.keySet());
	}

	/**
	 * The answers acknowledged up to {@code moment}: those a recovery must catch up with.
	 */
	public List<String> acceptedBy(Instant moment) {
		return this.byAnswerId.entrySet()
			.stream()
			.filter((entry) -> !entry.getValue().at().isAfter(moment))
			.map(Map.Entry::getKey)
			.toList();
	}

	/** Every acknowledged answer by answerId, as it stands now. */
	public Map<String, Accepted> all() {
		return Map.copyOf(this.byAnswerId);
	}

	public record Accepted(String learnerId, String cohortId, Instant at) {
	}

}
