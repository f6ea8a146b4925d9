package io.readyroom.scoring.membership;

import io.readyroom.contracts.CohortChanged;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class MembershipListener {

	private final MembershipRecords records;

	MembershipListener(MembershipRecords records) {
		this.records = records;
	}

	@KafkaListener(topics = Topics.COHORTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.CohortChanged")
	void on(CohortChanged cohort) {
		this.records.record(cohort);
	}

	@KafkaListener(topics = Topics.ENROLMENTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.EnrolmentChanged")
	void on(EnrolmentChanged enrolment) {
		this.records.record(enrolment);
	}

}
