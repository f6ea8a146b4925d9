package io.readyroom.analytics.profile;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import io.readyroom.analytics.AnalyticsProblems;
import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.membership.Enrolments;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.PracticeSessionEvent;
import io.readyroom.contracts.token.Role;
import io.readyroom.support.security.Caller;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Writes a learner's profile with their placement. The score fields are folded from
 * running totals ({@link ScoreFolds}); the session fields are rebuilt from the stored
 * sessions, never by adding to what is there, so a redelivered or replayed session event
 * sets the same values again. Scores, reviews and sessions are consumed by separate
 * listeners: a session refresh sets only its own fields, so it never overwrites a score's
 * or a review's, and rebuilds until nothing changed while it read, since two instances
 * may handle one learner's sessions at once while their partition moves. A learner's
 * sessions are read by id through the learner's ledger, so the cost of a refresh grows
 * with the learner's sessions, not with everyone's.
 */
@Service
public class LearnerProfiles {

	private static final String ENROLMENT_REVISION = "enrolmentRevision";

	private static final Comparator<ScoredAnswer> SUBMISSION_ORDER = Comparator.comparing(ScoredAnswer::submittedAt)
		.thenComparing(ScoredAnswer::answerId);

	private final MongoTemplate mongo;

	private final LearnerLedgers ledgers;

	private final ApplicationEventPublisher events;

	private final Enrolments enrolments;

	private final Clock clock;

	LearnerProfiles(MongoTemplate mongo, LearnerLedgers ledgers, ApplicationEventPublisher events,
			Enrolments enrolments, Clock clock) {
		this.mongo = mongo;
		this.ledgers = ledgers;
		this.events = events;
		this.enrolments = enrolments;
		this.clock = clock;
	}

	/**
	 * Writes a fold's score fields with the learner's placement if the profile is still
	 * as the fold read it.
	 * @param unchanged matches the profile only as the fold read it
	 * @param creating whether the fold read no running totals, so the write may create
	 * the profile; the store refuses that insert when the profile exists meanwhile
	 * @param changedCohorts collects the cohorts whose figures the write changed, for the
	 * caller to mark once for a whole batch
	 * @return whether the write was made; {@code false} when another fold came first
	 */
	boolean writeScores(FoldRequest request, Query unchanged, boolean creating, Update update,
			Set<String> changedCohorts) {
		try {
			return write(request.learnerId(), request.cohortId(), request.programId(), update, request.keepingPlace(),
					unchanged, creating, changedCohorts::add);
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	/** Rebuilds the session fields after the event's session was recorded. */
	void refreshActivity(PracticeSessionEvent event) {
		rebuildActivity(this.ledgers.withSession(event.learnerId(), event.sessionId()),
				(update, programId) -> upsert(event.learnerId(), event.cohortId(), programId, update, false));
	}

	/**
	 * Writes the session fields from the sessions the ledger lists, and again while any
	 * of them changed meanwhile: two consumers may handle one learner's sessions at the
	 * same time (while a partition moves between instances), and the rebuild that writes
	 * last must have read every session counted before it checked.
	 * @param write writes the fields with the program of the latest session
	 */
	void rebuildActivity(LearnerLedger ledger, BiConsumer<Update, String> write) {
		LearnerLedger read = ledger;
		while (true) {
			writeActivity(read.sessionIds(), write);
			LearnerLedger now = this.ledgers.find(read.learnerId());
			if (read.sessionsUnchangedIn(now)) {
				return;
			}
			read = now;
		}
	}

	private void writeActivity(List<String> sessionIds, BiConsumer<Update, String> write) {
		List<PracticeActivity> sessions = this.mongo.find(byIds(sessionIds), PracticeActivity.class);
		Optional<PracticeActivity> latest = sessions.stream()
			.filter((session) -> session.startedAt() != null)
			.max(Comparator.comparing(PracticeActivity::startedAt).thenComparing(PracticeActivity::sessionId));
		Update update = new Update().set("sessionsStarted", SessionTallies.started(sessions))
			.set("sessionsCompleted", SessionTallies.completed(sessions))
			.set("sessionWeeks", SessionTallies.weeks(sessions))
			.setOnInsert("answerCount", 0)
			.setOnInsert("meanScore", 0.0)
			.setOnInsert("competencies", List.of())
			.setOnInsert("questions", List.of())
			.setOnInsert("keyPoints", List.of())
			.setOnInsert("answerWeeks", List.of());
		write.accept(update, latest.map(PracticeActivity::programId).orElse(null));
	}

	/**
	 * Follows the learner's enrolment after it changed: sets its cohort and roles on the
	 * profile, unless the profile has them from this revision or a later one already, and
	 * marks both the cohort the learner left and the one they joined stale. Creates no
	 * profile: one appears with the learner's first session or answer, placed then.
	 */
	void refreshPlacement(String learnerId) {
		this.enrolments.of(learnerId)
			.ifPresent((enrolment) -> place(learnerId, Placement.of(enrolment),
					(cohort) -> this.events.publishEvent(new LearnerProfileChanged(learnerId, cohort))));
	}

	/**
	 * A profile from some of a learner's answers and sessions, e.g. those of a date
	 * range, with the same folds as the stored one.
	 * @param sessions the sessions, with {@code startedAt} and {@code completedAt} set
	 * only where they count
	 */
	public static LearnerProfile fromHistory(String learnerId, String cohortId, String programId, String roleTrack,
			List<ScoredAnswer> answers, List<PracticeActivity> sessions) {
		List<ScoredAnswer> ordered = answers.stream().sorted(SUBMISSION_ORDER).toList();
		return new LearnerProfile(learnerId, cohortId, programId, roleTrack, null, ordered.size(),
				CompetencyStandings.meanScore(ordered), CompetencyStandings.of(ordered),
				AnswerTallies.questions(ordered), AnswerTallies.keyPoints(ordered), AnswerTallies.weeks(ordered),
				SessionTallies.started(sessions), SessionTallies.completed(sessions), SessionTallies.weeks(sessions),
				ordered.isEmpty() ? null : ordered.get(ordered.size() - 1).submittedAt(), null, null);
	}

	/**
	 * Removes the learner's profile, unless it belongs to another program, and the ledger
	 * of their answers and sessions with it. The cohort the profile counted in is not
	 * marked here: the caller marks it once everything of the learner is removed.
	 * @return how many records were removed
	 */
	public long remove(String programId, String learnerId) {
		Query inProgram = Query.query(Criteria.where("_id")
			.is(learnerId)
			.orOperator(Criteria.where("programId").is(programId), Criteria.where("programId").is(null)));
		long removed = this.mongo.remove(inProgram, LearnerProfile.class).getDeletedCount();
		if (removed == 0 && this.mongo.exists(byId(learnerId), LearnerProfile.class)) {
			// the learner's figures are another program's: so is their ledger
			return 0;
		}
		return removed + this.ledgers.remove(learnerId);
	}

	public Optional<LearnerProfile> find(String learnerId) {
		return Optional.ofNullable(this.mongo.findById(learnerId, LearnerProfile.class));
	}

	/**
	 * The learner's profile, for the learner and the staff over them. A coach of the
	 * learner's program learns that the learner is in a cohort they do not coach, as they
	 * learn it of the cohort itself; to anyone else the profile is unknown, exactly like
	 * one that does not exist: not even whether it exists is their business. A learner
	 * removed from the program is in no cohort, so no coach is over them any more; the
	 * learner and the program's director still read it.
	 * @throws ErrorResponseException 403 for a coach of the learner's program who does
	 * not coach the learner's cohort, 404 for a learner removed from it and there is no
	 * profile the caller may read
	 */
	public LearnerProfile readableBy(Caller caller, String learnerId) {
		LearnerProfile profile = find(learnerId).orElseThrow(() -> AnalyticsProblems.noProfile(learnerId));
		if (readsProfile(caller, profile)) {
			return profile;
		}
		if (caller.role() == Role.COACH && profile.cohortId() != null
				&& Objects.equals(caller.programId(), profile.programId())) {
			throw AnalyticsProblems.learnerNotInCohorts(learnerId);
		}
		throw AnalyticsProblems.noProfile(learnerId);
	}

	private static boolean readsProfile(Caller caller, LearnerProfile profile) {
		if (profile.cohortId() == null) {
			return (caller.isLearner(profile.learnerId()) && Objects.equals(caller.programId(), profile.programId()))
					|| caller.managesProgram(profile.programId());
		}
		return caller.readsLearner(profile.learnerId(), profile.programId(), profile.cohortId());
	}

	private static Query byIds(List<String> ids) {
		return Query.query(Criteria.where("_id").in(ids));
	}

	/**
	 * Writes the update with the learner's placement, then follows an enrolment that
	 * changed meanwhile: the enrolment listener stores an enrolment before it places the
	 * profile, and this reads it again after writing, so whichever writes last writes the
	 * latest enrolment's placement.
	 * @param keepingPlace whether, without an enrolment, the event's cohort and program
	 * are named only on a profile the update creates
	 */
	private void upsert(String learnerId, String cohortId, String programId, Update update, boolean keepingPlace) {
		write(learnerId, cohortId, programId, update, keepingPlace, byId(learnerId), true,
				(cohort) -> this.events.publishEvent(new LearnerProfileChanged(learnerId, cohort)));
	}

	private boolean write(String learnerId, String cohortId, String programId, Update update, boolean keepingPlace,
			Query query, boolean upsert, Consumer<String> changedCohort) {
		Placement placement = Placement.of(this.enrolments.of(learnerId), cohortId, programId);
		(keepingPlace ? placement.writeKeepingPlaceTo(update) : placement.writeTo(update)).set("updatedAt",
				this.clock.instant());
		ProfileScores before = this.mongo.findAndModify(query, update,
				FindAndModifyOptions.options().upsert(upsert).returnNew(false), ProfileScores.class);
		if (before == null && !upsert) {
			return false;
		}
		String cohortBefore = (before != null) ? before.cohortId() : null;
		boolean stays = keepingPlace && !placement.isEnrolled() && before != null;
		announce(cohortBefore, stays ? cohortBefore : placement.cohortId(), changedCohort);
		followEnrolment(learnerId, placement, changedCohort);
		return true;
	}

	private void followEnrolment(String learnerId, Placement written, Consumer<String> changedCohort) {
		this.enrolments.of(learnerId)
			.filter((enrolment) -> !Integer.valueOf(enrolment.revision()).equals(written.enrolmentRevision()))
			.ifPresent((enrolment) -> place(learnerId, Placement.of(enrolment), changedCohort));
	}

	/**
	 * Sets the placement on the profile if the profile has it from an older enrolment.
	 */
	private void place(String learnerId, Placement placement, Consumer<String> changedCohort) {
		Query older = Query.query(Criteria.where("_id")
			.is(learnerId)
			.orOperator(Criteria.where(ENROLMENT_REVISION).is(null),
					Criteria.where(ENROLMENT_REVISION).lt(placement.enrolmentRevision())));
		LearnerProfile before = this.mongo.findAndModify(older,
				placement.writeTo(new Update()).set("updatedAt", this.clock.instant()),
				FindAndModifyOptions.options().returnNew(false), LearnerProfile.class);
		if (before != null) {
			announce(before.cohortId(), placement.cohortId(), changedCohort);
		}
	}

	/**
	 * Tells the dashboards of the cohort the learner is in now, and of the one they left,
	 * which may not hold them in a snapshot any more.
	 */
	private static void announce(String cohortBefore, String cohortId, Consumer<String> changedCohort) {
		if (cohortId != null) {
			changedCohort.accept(cohortId);
		}
		if (cohortBefore != null && !cohortBefore.equals(cohortId)) {
			changedCohort.accept(cohortBefore);
		}
	}

	private static Query byId(String learnerId) {
		return Query.query(Criteria.where("_id").is(learnerId));
	}

}
