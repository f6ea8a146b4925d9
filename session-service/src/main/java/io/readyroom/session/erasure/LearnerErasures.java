package io.readyroom.session.erasure;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.readyroom.contracts.LearnerErasureRequested;
import io.readyroom.contracts.Topics;
import io.readyroom.session.learnerdata.LearnerDataStore;
import io.readyroom.session.program.EnrolledLearners;
import io.readyroom.session.program.EnrolledLearners.KnownLearner;
import io.readyroom.session.program.EnrolmentErasure;
import io.readyroom.session.program.Permissions;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.security.Caller;

import org.springframework.stereotype.Service;

/**
 * Erases a learner from a program at the request of its director or an admin. The other
 * services hear of it first, then session-service empties its own stores, the enrolment
 * last: until the receipt is stored, a repeated request finds the learner still on record
 * and carries the erasure through again, which changes nothing that is done.
 */
@Service
class LearnerErasures {

	static final String SERVICE = "session-service";

	private final EnrolledLearners learners;

	private final List<LearnerDataStore> stores;

	private final EnrolmentErasure enrolment;

	private final EventPublisher events;

	private final ErasureReceipts receipts;

	private final Clock clock;

	LearnerErasures(EnrolledLearners learners, List<LearnerDataStore> stores, EnrolmentErasure enrolment,
			EventPublisher events, ErasureReceipts receipts, Clock clock) {
		this.learners = learners;
		this.stores = stores;
		this.enrolment = enrolment;
		this.events = events;
		this.receipts = receipts;
		this.clock = clock;
	}

	/**
	 * @return the erasure's receipt: a new one, or the one an earlier request for the
	 * same learner got
	 */
	RequestedErasure request(Caller caller, String programId, String learnerId) {
		requireManager(caller, programId);
		String erasureId = ErasureId.of(programId, learnerId);
		return this.receipts.find(programId, erasureId)
			.map((earlier) -> new RequestedErasure(earlier, false))
			.orElseGet(() -> new RequestedErasure(erase(caller, programId, learnerId, erasureId), true));
	}

	ErasureReceipt receipt(Caller caller, String programId, String erasureId) {
		requireManager(caller, programId);
		return this.receipts.find(programId, erasureId)
			.orElseThrow(() -> ErasureProblems.unknownErasure(programId, erasureId));
	}

	List<ErasureReceipt> receipts(Caller caller, String programId) {
		requireManager(caller, programId);
		return this.receipts.of(programId);
	}

	private ErasureReceipt erase(Caller caller, String programId, String learnerId, String erasureId) {
		Optional<KnownLearner> enrolled = this.learners.known(programId, learnerId);
		if (enrolled.isEmpty() && this.stores.stream().noneMatch((store) -> store.holds(programId, learnerId))) {
			throw ErasureProblems.unknownLearner(programId, learnerId);
		}
		String cohortId = enrolled.map(KnownLearner::cohortId).orElse(null);
		this.events.publish(Topics.LEARNER_DATA,
				LearnerErasureRequested.of(erasureId, programId, cohortId, learnerId, caller.id()));
		long removed = this.stores.stream().mapToLong((store) -> store.erase(programId, learnerId)).sum()
				+ this.enrolment.erase(programId, learnerId);
		return this.receipts.started(erasureId, programId, caller.id(), this.clock.instant(), SERVICE, removed);
	}

	private static void requireManager(Caller caller, String programId) {
		Permissions.requireManager(caller, programId, "erases its learners");
	}

	/**
	 * A receipt, and whether this request started the erasure it records.
	 */
	record RequestedErasure(ErasureReceipt receipt, boolean started) {

	}

}
