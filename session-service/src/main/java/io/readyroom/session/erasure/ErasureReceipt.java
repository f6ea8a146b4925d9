package io.readyroom.session.erasure;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record of one learner's erasure, without the learner: who asked, when, and which
 * services have removed the learner's data, with when and how many records.
 */
@Document("erasures")
record ErasureReceipt(@Id String erasureId, String programId, String requestedBy, Instant requestedAt,
		Map<String, ServiceErasure> services) {

	/** Every service that keeps learners' data; an erasure is complete once all have. */
	static final List<String> SERVICES = List.of("session-service", "scoring-service", "analytics-service");

	ErasureReceipt {
		services = (services != null) ? Map.copyOf(services) : Map.of();
	}

	boolean isComplete() {
		return this.services.keySet().containsAll(SERVICES);
	}

	/**
	 * One service's part of the erasure.
	 *
	 * @param recordsRemoved the learner's records it removed or anonymised
	 */
	record ServiceErasure(Instant completedAt, long recordsRemoved) {

	}

}
