package io.readyroom.analytics.accesslog;

import io.readyroom.contracts.LearnerDataRead;
import io.readyroom.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class AccessLogListener {

	private final AccessLogEntries entries;

	AccessLogListener(AccessLogEntries entries) {
		this.entries = entries;
	}

	@KafkaListener(topics = Topics.DATA_READS,
			properties = "spring.json.value.default.type=io.readyroom.contracts.LearnerDataRead")
	void on(LearnerDataRead read) {
		this.entries.append(read);
	}

}
