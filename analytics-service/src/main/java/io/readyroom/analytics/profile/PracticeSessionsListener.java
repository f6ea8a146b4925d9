package io.readyroom.analytics.profile;

import io.readyroom.analytics.activity.PracticeActivityRecorder;
import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.contracts.PracticeSessionEvent;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class PracticeSessionsListener {

	private final PracticeActivityRecorder activity;

	private final LearnerProfiles profiles;

	private final ErasedLearners erased;

	PracticeSessionsListener(PracticeActivityRecorder activity, LearnerProfiles profiles, ErasedLearners erased) {
		this.activity = activity;
		this.profiles = profiles;
		this.erased = erased;
	}

	@KafkaListener(topics = Topics.PRACTICE_SESSIONS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.PracticeSessionEvent")
	void on(PracticeSessionEvent event) {
		if (this.erased.isErased(event)) {
			return;
		}
		this.activity.record(event);
		this.profiles.refreshActivity(event);
		this.erased.recheck(event);
	}

}
