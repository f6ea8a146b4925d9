package io.readyroom.analytics.export;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.LearnerProfiles;
import io.readyroom.analytics.score.ScoredAnswer;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Hands an export one learner's profile at a time, in learner id order: the stored
 * profiles, or, for a date range, profiles folded from the answers of the range, read
 * sorted by learner so only one learner's answers are in memory at once.
 */
@Component
class LearnerStream {

	private final MongoTemplate mongo;

	LearnerStream(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	void forEach(ExportScope scope, Consumer<LearnerProfile> action) {
		if (scope.hasRange()) {
			foldAnswers(scope, action);
			return;
		}
		try (Stream<LearnerProfile> profiles = this.mongo.stream(Query.query(scope.learners()).with(Sort.by("_id")),
				LearnerProfile.class)) {
			profiles.forEach(action);
		}
	}

	private void foldAnswers(ExportScope scope, Consumer<LearnerProfile> action) {
		Query query = Query.query(scope.answers()).with(Sort.by("learnerId", "submittedAt"));
		List<ScoredAnswer> learner = new ArrayList<>();
		try (Stream<ScoredAnswer> answers = this.mongo.stream(query, ScoredAnswer.class)) {
			answers.forEach((answer) -> {
				if (!learner.isEmpty() && !learner.get(0).learnerId().equals(answer.learnerId())) {
					action.accept(fold(learner));
					learner.clear();
				}
				learner.add(answer);
			});
		}
		if (!learner.isEmpty()) {
			action.accept(fold(learner));
		}
	}

	private LearnerProfile fold(List<ScoredAnswer> answers) {
		ScoredAnswer any = answers.get(answers.size() - 1);
		LearnerProfile stored = this.mongo.findById(any.learnerId(), LearnerProfile.class);
		String roleTrack = (stored != null) ? stored.roleTrack() : null;
		return LearnerProfiles.fromAnswers(any.learnerId(), any.cohortId(), any.programId(), roleTrack, answers);
	}

}
