package io.readyroom.analytics.assignment;

import io.readyroom.contracts.AssignmentChanged;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AssignmentsListener {

	private final Assignments assignments;

	AssignmentsListener(Assignments assignments) {
		this.assignments = assignments;
	}

	@KafkaListener(topics = Topics.ASSIGNMENTS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.AssignmentChanged")
	void on(AssignmentChanged event) {
		this.assignments.record(event);
	}

}
