package io.readyroom.analytics.profile;

import java.util.List;

import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.analytics.membership.Enrolments;
import io.readyroom.contracts.EnrolmentChanged;
import io.readyroom.contracts.Topics;

import org.jspecify.annotations.Nullable;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.stereotype.Component;

@Component
class EnrolmentsListener {

	private final Enrolments enrolments;

	private final LearnerProfiles profiles;

	private final ErasedLearners erased;

	EnrolmentsListener(Enrolments enrolments, LearnerProfiles profiles, ErasedLearners erased) {
		this.enrolments = enrolments;
		this.profiles = profiles;
		this.erased = erased;
	}

	/**
	 * Places the profile after every delivery, not only after a newer revision: a
	 * delivery retried after a failure between the two steps finds the enrolment kept
	 * already, and placing is idempotent.
	 * <p>
	 * An erased learner's enrolment is tombstoned on the compacted topic (a record
	 * without a value) and may be removed first: both are skipped, since erasure removed
	 * the enrolment already and storing the removal would keep the learner's id.
	 */
	@KafkaListener(topics = Topics.ENROLMENTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.EnrolmentChanged")
	void on(@Payload(required = false) @Nullable EnrolmentChanged event) {
		if (event == null || this.erased.isErased(event.programId(), event.learnerId())) {
			return;
		}
		this.enrolments.record(event);
		this.profiles.refreshPlacement(event.learnerId());
		this.erased.recheck(List.of(event), EnrolmentChanged::programId, EnrolmentChanged::learnerId);
	}

}
