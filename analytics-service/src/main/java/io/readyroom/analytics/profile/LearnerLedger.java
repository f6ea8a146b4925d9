package io.readyroom.analytics.profile;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Which stored answers and sessions are a learner's, so a profile rebuild reads them by
 * id: the one key every store indexes (the embedded one indexes nothing else).
 *
 * @param answerIds the learner's answers stored before running totals existed (see
 * {@link LearnerLedgers})
 * @param sessionChanges how often one of the learner's sessions was recorded: a rebuild
 * that read the sessions while it stayed the same counted all of them. Boxed, because a
 * ledger older than the count has none, and the mapping gives a missing primitive no
 * default.
 */
@Document("learner_ledgers")
record LearnerLedger(@Id String learnerId, List<String> answerIds, List<String> sessionIds, Long sessionChanges) {

	LearnerLedger {
		answerIds = (answerIds != null) ? List.copyOf(answerIds) : List.of();
		sessionIds = (sessionIds != null) ? List.copyOf(sessionIds) : List.of();
		sessionChanges = (sessionChanges != null) ? sessionChanges : 0L;
	}

	/**
	 * Whether no session changed between this reading of the ledger and {@code later}.
	 */
	boolean sessionsUnchangedIn(LearnerLedger later) {
		return this.sessionChanges.equals(later.sessionChanges);
	}

}
