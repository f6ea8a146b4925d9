package io.readyroom.support.audit;

import io.readyroom.contracts.LearnerDataRead;
import io.readyroom.contracts.Topics;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.security.Caller;

/**
 * Puts reads on the program's access log. A read is recorded before the reader is
 * answered and only once Kafka has it, so a read that cannot be recorded is refused (503,
 * as any request whose event the broker does not acknowledge) rather than served
 * unrecorded. A learner reading their own data is not recorded: the log is about who else
 * looked.
 */
public class AccessLog {

	private final EventPublisher events;

	AccessLog(EventPublisher events) {
		this.events = events;
	}

	/**
	 * Records that {@code reader} read {@code read}.
	 * @throws io.readyroom.support.kafka.EventNotPublishedException when Kafka did not
	 * acknowledge the record in time; the read must then not be answered
	 */
	public void record(Caller reader, DataRead read) {
		if (read.learnerId() != null && reader.isLearner(read.learnerId())) {
			return;
		}
		this.events.publish(Topics.DATA_READS, LearnerDataRead.of(reader.id(), reader.role().claimValue(),
				reader.client(), read.what(), read.programId(), read.cohortId(), read.learnerId()));
	}

}
