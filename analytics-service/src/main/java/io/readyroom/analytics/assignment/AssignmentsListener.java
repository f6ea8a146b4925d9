package io.readyroom.analytics.assignment;

import java.util.List;

import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.contracts.AssignmentChanged;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AssignmentsListener {

	private final Assignments assignments;

	private final ErasedLearners erased;

	AssignmentsListener(Assignments assignments, ErasedLearners erased) {
		this.assignments = assignments;
		this.erased = erased;
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.AssignmentChanged")
	void on(AssignmentChanged event) {
		// an assignment for one erased learner would keep their id; a whole cohort's
		// stays
		if (event.learnerId() != null && this.erased.isErased(event.programId(), event.learnerId())) {
			return;
		}
		this.assignments.record(event);
		if (event.learnerId() != null) {
			this.erased.recheck(List.of(event), AssignmentChanged::programId, AssignmentChanged::learnerId);
		}
	}

}
