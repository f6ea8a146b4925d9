package io.readyroom.analytics.export;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.readyroom.analytics.CursorBatches;
import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.LearnerProfiles;
import io.readyroom.analytics.score.ScoredAnswer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Hands an export one learner's profile at a time, in learner id order: the stored
 * profiles, or, for a date range, profiles folded from the answers and sessions of the
 * range, read from two cursors sorted by learner so only one learner's records are in
 * memory at once. A learner with neither in the range is not in the export.
 */
@Component
class LearnerStream {

	private final MongoTemplate mongo;

	LearnerStream(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void forEach(ExportScope scope, Consumer<LearnerProfile> action) {
		if (scope.hasRange()) {
			foldRange(scope, action);
			return;
		}
		try (Stream<LearnerProfile> profiles = this.mongo
			.stream(CursorBatches.sized(Query.query(scope.learners()).with(Sort.by("_id"))), LearnerProfile.class)) {
			profiles.forEach(action);
		}
	}

	private void foldRange(ExportScope scope, Consumer<LearnerProfile> action) {
		Query answerQuery = CursorBatches.sized(Query.query(scope.answers()).with(Sort.by("learnerId", "submittedAt")));
		Query sessionQuery = CursorBatches.sized(Query.query(scope.sessions()).with(Sort.by("learnerId", "_id")));
		try (Stream<ScoredAnswer> answers = this.mongo.stream(answerQuery, ScoredAnswer.class);
				Stream<PracticeActivity> sessions = this.mongo.stream(sessionQuery, PracticeActivity.class)) {
			MergedByLearner.forEach(answers.iterator(), ScoredAnswer::learnerId,
					sessions.map(scope::clipped).iterator(), PracticeActivity::learnerId, (learnerId, learnerAnswers,
							learnerSessions) -> action.accept(fold(learnerId, learnerAnswers, learnerSessions)));
		}
	}

	private LearnerProfile fold(String learnerId, List<ScoredAnswer> answers, List<PracticeActivity> sessions) {
		LearnerProfile stored = this.mongo.findById(learnerId, LearnerProfile.class);
		String roleTrack = (stored != null) ? stored.roleTrack() : null;
		String cohortId = answers.isEmpty() ? sessions.get(sessions.size() - 1).cohortId()
				: answers.get(answers.size() - 1).cohortId();
		String programId = answers.isEmpty() ? programOf(sessions) : answers.get(answers.size() - 1).programId();
		return LearnerProfiles.fromHistory(learnerId, cohortId, programId, roleTrack, answers, sessions);
	}

	/** A session knows its program from its start. */
	private static String programOf(List<PracticeActivity> sessions) {
		return sessions.stream().map(PracticeActivity::programId).filter((id) -> id != null).findFirst().orElse(null);
	}

}
