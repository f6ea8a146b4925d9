package io.readyroom.analytics.profile;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.activity.PracticeActivityRepository;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.analytics.score.ScoredAnswerRepository;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Rebuilds parts of a learner's profile from what is stored, never by adding to what is
 * there, so a redelivered or replayed event sets the same values again and a re-scored
 * answer is counted with its new score only. Scores and sessions are consumed by separate
 * listeners, so each refresh sets only its own fields and neither overwrites the other.
 */
@Service
public class LearnerProfiles {

	private static final Comparator<ScoredAnswer> SUBMISSION_ORDER = Comparator.comparing(ScoredAnswer::submittedAt)
		.thenComparing(ScoredAnswer::answerId);

	private final MongoTemplate mongo;

	private final ScoredAnswerRepository scoredAnswers;

	private final PracticeActivityRepository activity;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LearnerProfiles(MongoTemplate mongo, ScoredAnswerRepository scoredAnswers, PracticeActivityRepository activity,
			ApplicationEventPublisher events, Clock clock) {
		this.mongo = mongo;
		this.scoredAnswers = scoredAnswers;
		this.activity = activity;
		this.events = events;
		this.clock = clock;
	}

	void refreshCompetencies(String learnerId, String cohortId, String programId) {
		List<ScoredAnswer> answers = this.scoredAnswers.findByLearnerId(learnerId)
			.stream()
			.sorted(SUBMISSION_ORDER)
			.toList();
		Update update = new Update().set("answerCount", answers.size())
			.set("meanScore", CompetencyStandings.meanScore(answers))
			.set("competencies", CompetencyStandings.of(answers))
			.set("questions", AnswerTallies.questions(answers))
			.set("keyPoints", AnswerTallies.keyPoints(answers))
			.set("answerWeeks", AnswerTallies.weeks(answers))
			.set("lastAnsweredAt", answers.isEmpty() ? null : answers.get(answers.size() - 1).submittedAt())
			.setOnInsert("sessionsStarted", 0)
			.setOnInsert("sessionsCompleted", 0)
			.setOnInsert("sessionWeeks", List.of());
		upsert(learnerId, cohortId, programId, update);
	}

	void refreshActivity(String learnerId, String cohortId) {
		List<PracticeActivity> sessions = this.activity.findByLearnerId(learnerId);
		Optional<PracticeActivity> latest = sessions.stream()
			.filter((session) -> session.startedAt() != null)
			.max(Comparator.comparing(PracticeActivity::startedAt).thenComparing(PracticeActivity::sessionId));
		Update update = new Update().set("sessionsStarted", sessions.size())
			.set("sessionsCompleted", (int) sessions.stream().filter(PracticeActivity::isCompleted).count())
			.set("sessionWeeks", SessionTallies.weeks(sessions))
			.set("roleTrack", latest.map(PracticeActivity::roleTrack).orElse(null))
			.setOnInsert("answerCount", 0)
			.setOnInsert("meanScore", 0.0)
			.setOnInsert("competencies", List.of())
			.setOnInsert("questions", List.of())
			.setOnInsert("keyPoints", List.of())
			.setOnInsert("answerWeeks", List.of());
		upsert(learnerId, cohortId, latest.map(PracticeActivity::programId).orElse(null), update);
	}

	/**
	 * A profile from some of a learner's answers, e.g. those of a date range, with the
	 * same folds as the stored one; without session figures.
	 */
	public static LearnerProfile fromAnswers(String learnerId, String cohortId, String programId, String roleTrack,
			List<ScoredAnswer> answers) {
		List<ScoredAnswer> ordered = answers.stream().sorted(SUBMISSION_ORDER).toList();
		return new LearnerProfile(learnerId, cohortId, programId, roleTrack, ordered.size(),
				CompetencyStandings.meanScore(ordered), CompetencyStandings.of(ordered),
				AnswerTallies.questions(ordered), AnswerTallies.keyPoints(ordered), AnswerTallies.weeks(ordered), 0, 0,
				List.of(), ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).submittedAt(), null);
	}

	public Optional<LearnerProfile> find(String learnerId) {
		return Optional.ofNullable(this.mongo.findById(learnerId, LearnerProfile.class));
	}

	private void upsert(String learnerId, String cohortId, String programId, Update update) {
		update.set("cohortId", cohortId).set("updatedAt", this.clock.instant());
		if (programId != null) {
			update.set("programId", programId);
		}
		this.mongo.upsert(Query.query(Criteria.where("_id").is(learnerId)), update, LearnerProfile.class);
		this.events.publishEvent(new LearnerProfileChanged(learnerId, cohortId));
	}

}
