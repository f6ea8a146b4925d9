package io.readyroom.analytics.profile;

import io.readyroom.analytics.membership.Enrolments;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class EnrolmentsListener {

	private final Enrolments enrolments;

	private final LearnerProfiles profiles;

	EnrolmentsListener(Enrolments enrolments, LearnerProfiles profiles) {
		this.enrolments = enrolments;
		this.profiles = profiles;
	}

	/**
	 * Places the profile after every delivery, not only after a newer revision: a
	 * delivery retried after a failure between the two steps finds the enrolment kept
	 * already, and placing is idempotent.
	 */
	@KafkaListener(topics = Topics.ENROLMENTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.EnrolmentChanged")
	void on(EnrolmentChanged event) {
		this.enrolments.record(event);
		this.profiles.refreshPlacement(event.learnerId());
	}

}
