package io.readyroom.scoring.membership;

import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.erasure.ErasedLearners;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class MembershipListener {

	private final MembershipRecords records;

	private final ErasedLearners erasedLearners;

	MembershipListener(MembershipRecords records, ErasedLearners erasedLearners) {
		this.records = records;
		this.erasedLearners = erasedLearners;
	}

	@KafkaListener(topics = Topics.COHORTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.CohortChanged")
	void on(CohortChanged cohort) {
		this.records.record(cohort);
	}

	@KafkaListener(topics = Topics.ENROLMENTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.EnrolmentChanged")
	void on(EnrolmentChanged enrolment) {
		// the compacted topic keeps an erased learner's last enrolment; a replay must not
		// bring them back
		if (!this.erasedLearners.isErased(enrolment.programId(), enrolment.learnerId())) {
			this.records.record(enrolment);
		}
	}

}
