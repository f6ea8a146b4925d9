package io.readyroom.analytics.profile;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which stored answers and sessions are a learner's, so a profile rebuild reads them by
 * id: the one key every store indexes (the embedded one indexes nothing else).
 */
@Document("learner_ledgers")
record LearnerLedger(@Id String learnerId, List<String> answerIds, List<String> sessionIds) {

	LearnerLedger {
		answerIds = (answerIds != null) ? List.copyOf(answerIds) : List.of();
		sessionIds = (sessionIds != null) ? List.copyOf(sessionIds) : List.of();
	}

}
