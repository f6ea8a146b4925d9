package io.readyroom.analytics.profile;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.readyroom.contracts.AnswerReviewed;
import io.readyroom.contracts.AnswerScored;
import org.jspecify.annotations.Nullable;

/**
 * A learner's answers to fold, with where the events that changed them place the learner.
 *
 * @param keepingPlace whether, without an enrolment, the cohort and program are named
 * only on a profile the fold creates (a review does not say where the learner is now)
 * @param oldestAnswerAt when the earliest of the answers was submitted; null for a review
 */
record FoldRequest(String learnerId, Set<String> answerIds, String cohortId, String programId, boolean keepingPlace,
		@Nullable Instant oldestAnswerAt) {

	FoldRequest {
		answerIds = Set.copyOf(answerIds);
	}

	/**
	 * One request per learner of the batch, naming each of their answers once and placing
	 * them where their latest score of the batch does.
	 */
	static Collection<FoldRequest> perLearner(List<AnswerScored> scores) {
		Map<String, Set<String>> answers = new LinkedHashMap<>();
		Map<String, AnswerScored> latest = new LinkedHashMap<>();
		Map<String, Instant> oldest = new HashMap<>();
		for (AnswerScored scored : scores) {
			answers.computeIfAbsent(scored.learnerId(), (learner) -> new LinkedHashSet<>()).add(scored.answerId());
			latest.put(scored.learnerId(), scored);
			oldest.merge(scored.learnerId(), scored.submittedAt(), (a, b) -> a.isBefore(b) ? a : b);
		}
		return latest.values()
			.stream()
			.map((scored) -> new FoldRequest(scored.learnerId(), answers.get(scored.learnerId()), scored.cohortId(),
					scored.programId(), false, oldest.get(scored.learnerId())))
			.toList();
	}

	/** Folds the reviewed answer; does nothing while its score is not stored. */
	static FoldRequest reviewed(AnswerReviewed reviewed) {
		return new FoldRequest(reviewed.learnerId(), Set.of(reviewed.answerId()), reviewed.cohortId(),
				reviewed.programId(), true, null);
	}

	/** When the earliest answer of these requests was submitted; null if none says. */
	static @Nullable Instant oldestAnswer(Collection<FoldRequest> requests) {
		return requests.stream()
			.map(FoldRequest::oldestAnswerAt)
			.filter(Objects::nonNull)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

}
