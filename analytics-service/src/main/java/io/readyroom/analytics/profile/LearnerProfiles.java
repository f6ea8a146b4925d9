package io.readyroom.analytics.profile;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.activity.PracticeActivityRepository;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.analytics.score.ScoredAnswerRepository;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Rebuilds parts of a learner's profile from what is stored. Scores and sessions are
 * consumed by separate listeners, so each refresh sets only its own fields and neither
 * overwrites the other.
 */
@Service
public class LearnerProfiles {

	private final MongoTemplate mongo;

	private final ScoredAnswerRepository scoredAnswers;

	private final PracticeActivityRepository activity;

	private final Clock clock;

	LearnerProfiles(MongoTemplate mongo, ScoredAnswerRepository scoredAnswers, PracticeActivityRepository activity,
			Clock clock) {
		this.mongo = mongo;
		this.scoredAnswers = scoredAnswers;
		this.activity = activity;
		this.clock = clock;
	}

	void refreshCompetencies(String learnerId, String cohortId) {
		List<ScoredAnswer> answers = this.scoredAnswers.findByLearnerId(learnerId);
		upsert(learnerId, cohortId,
				new Update().set("answerCount", answers.size())
					.set("meanScore", CompetencyStandings.meanScore(answers))
					.set("competencies", CompetencyStandings.of(answers))
					.setOnInsert("sessionsStarted", 0)
					.setOnInsert("sessionsCompleted", 0));
	}

	void refreshActivity(String learnerId, String cohortId) {
		List<PracticeActivity> sessions = this.activity.findByLearnerId(learnerId);
		upsert(learnerId, cohortId,
				new Update().set("sessionsStarted", sessions.size())
					.set("sessionsCompleted", (int) sessions.stream().filter(PracticeActivity::isCompleted).count())
					.setOnInsert("answerCount", 0)
					.setOnInsert("meanScore", 0.0)
					.setOnInsert("competencies", List.of()));
	}

	public Optional<LearnerProfile> find(String learnerId) {
		return Optional.ofNullable(this.mongo.findById(learnerId, LearnerProfile.class));
	}

	private void upsert(String learnerId, String cohortId, Update update) {
		update.set("cohortId", cohortId).set("updatedAt", this.clock.instant());
		this.mongo.upsert(Query.query(Criteria.where("_id").is(learnerId)), update, LearnerProfile.class);
	}

}
