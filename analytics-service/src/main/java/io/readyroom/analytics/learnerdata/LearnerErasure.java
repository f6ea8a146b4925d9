package io.readyroom.analytics.learnerdata;

import java.util.LinkedHashSet;
import java.util.Set;

import io.readyroom.analytics.accesslog.AccessLogEntries;
import io.readyroom.analytics.activity.PracticeActivityRecorder;
import io.readyroom.analytics.assignment.Assignments;
import io.readyroom.analytics.erasure.ErasedLearnerStored;
import io.readyroom.analytics.erasure.ErasedLearners;
import io.readyroom.analytics.membership.Enrolments;
import io.readyroom.analytics.profile.CohortsChanged;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.LearnerProfiles;
import io.readyroom.analytics.score.ReviewRecorder;
import io.readyroom.analytics.score.ScoreRecorder;
import io.readyroom.analytics.xapi.StatementOutbox;
import io.readyroom.contracts.LearnerErasureCompleted;
import io.readyroom.contracts.LearnerErasureRequested;
import io.readyroom.contracts.Topics;
import io.readyroom.support.kafka.EventPublisher;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Erases a learner from a program's analytics. First the learner is remembered as erased
 * ({@link ErasedLearners}), so the listeners store nothing more of theirs, whatever is
 * still in flight; then everything stored of them is removed, and the access log's
 * entries no longer name them; then the cohorts their figures counted in are marked for
 * the dashboards' usual recompute, which exports and question statistics read too.
 * Handling the same request again removes nothing more and answers again, with 0 records.
 */
@Service
class LearnerErasure {

	static final String SERVICE = "analytics-service";

	private final ErasedLearners erased;

	private final ScoreRecorder scores;

	private final ReviewRecorder reviews;

	private final PracticeActivityRecorder activity;

	private final LearnerProfiles profiles;

	private final Enrolments enrolments;

	private final Assignments assignments;

	private final StatementOutbox statements;

	private final AccessLogEntries accessLog;

	private final ApplicationEventPublisher cohortChanges;

	private final EventPublisher events;

	LearnerErasure(ErasedLearners erased, ScoreRecorder scores, ReviewRecorder reviews,
			PracticeActivityRecorder activity, LearnerProfiles profiles, Enrolments enrolments, Assignments assignments,
			StatementOutbox statements, AccessLogEntries accessLog, ApplicationEventPublisher cohortChanges,
			EventPublisher events) {
		this.erased = erased;
		this.scores = scores;
		this.reviews = reviews;
		this.activity = activity;
		this.profiles = profiles;
		this.enrolments = enrolments;
		this.assignments = assignments;
		this.statements = statements;
		this.accessLog = accessLog;
		this.cohortChanges = cohortChanges;
		this.events = events;
	}

	void erase(LearnerErasureRequested request) {
		this.erased.remember(request.programId(), request.learnerId());
		long removed = remove(request.programId(), request.learnerId(), request.cohortId());
		this.events.publish(Topics.LEARNER_DATA,
				LearnerErasureCompleted.of(request.erasureId(), request.programId(), SERVICE, removed));
	}

	/**
	 * Removes what a listener stored of the learner while they were being erased; the
	 * erasure was answered already.
	 */
	@EventListener
	void on(ErasedLearnerStored stored) {
		remove(stored.programId(), stored.learnerId(), null);
	}

	/**
	 * Removes the learner's records and takes them out of the access log, then marks the
	 * cohorts their figures counted in.
	 * @param cohortId the cohort the erasure names, if any
	 * @return how many records were removed or anonymised
	 */
	private long remove(String programId, String learnerId, @Nullable String cohortId) {
		Set<String> cohorts = new LinkedHashSet<>();
		if (cohortId != null) {
			cohorts.add(cohortId);
		}
		this.profiles.find(learnerId).map(LearnerProfile::cohortId).ifPresent(cohorts::add);
		long removed = removeRecords(programId, learnerId) + this.accessLog.anonymise(programId, learnerId);
		if (!cohorts.isEmpty()) {
			this.erased.cohortsChanged(programId, learnerId, cohorts);
			this.cohortChanges.publishEvent(new CohortsChanged(cohorts, null));
		}
		return removed;
	}

	/**
	 * The statements first, found by the learner's sessions, which the answers and
	 * sessions removed after them name.
	 */
	private long removeRecords(String programId, String learnerId) {
		Set<String> sessions = new LinkedHashSet<>(this.activity.sessionsOf(programId, learnerId));
		sessions.addAll(this.scores.sessionsOf(programId, learnerId));
		return this.statements.removeLearner(programId, learnerId, sessions)
				+ this.scores.removeLearner(programId, learnerId) + this.reviews.removeLearner(programId, learnerId)
				+ this.activity.removeLearner(programId, learnerId) + this.profiles.remove(programId, learnerId)
				+ this.enrolments.remove(programId, learnerId) + this.assignments.removeFor(programId, learnerId);
	}

}
