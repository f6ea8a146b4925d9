package io.readyroom.scoring.learnerdata;

import java.util.HashSet;
import java.util.Set;

import io.readyroom.contracts.LearnerErasureCompleted;
import io.readyroom.contracts.LearnerErasureRequested;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.answer.ReceivedAnswers;
import io.readyroom.scoring.erasure.ErasedLearnerStored;
import io.readyroom.scoring.erasure.ErasedLearners;
import io.readyroom.scoring.feedback.FeedbackRecorder;
import io.readyroom.scoring.membership.MembershipRecords;
import io.readyroom.scoring.review.AnswerReviews;
import io.readyroom.support.kafka.EventPublisher;

import org.springframework.context.event.EventListener;
import org.springframework.core.log.LogAccessor;
import org.springframework.stereotype.Service;

/**
 * Erases a learner from what scoring keeps of one program: their received answers,
 * feedback, the reviews of their answers (so they grade no one's answers any more) and
 * their enrolment; other learners' feedback that cited their reviewed answers keeps the
 * grade it leaned on but loses their id and words. Then says so on the learner-data
 * topic. Asked again, it finds nothing more to remove and says so again, with 0 records.
 */
@Service
class LearnerErasure {

	static final String SERVICE = "scoring-service";

	private static final LogAccessor log = new LogAccessor(LearnerErasure.class);

	private final ReceivedAnswers receivedAnswers;

	private final FeedbackRecorder feedback;

	private final AnswerReviews reviews;

	private final MembershipRecords memberships;

	private final EventPublisher events;

	private final ErasedLearners erasedLearners;

	LearnerErasure(ReceivedAnswers receivedAnswers, FeedbackRecorder feedback, AnswerReviews reviews,
			MembershipRecords memberships, EventPublisher events, ErasedLearners erasedLearners) {
		this.receivedAnswers = receivedAnswers;
		this.feedback = feedback;
		this.reviews = reviews;
		this.memberships = memberships;
		this.events = events;
		this.erasedLearners = erasedLearners;
	}

	void erase(LearnerErasureRequested request) {
		String programId = request.programId();
		String learnerId = request.learnerId();
		this.erasedLearners.remember(programId, learnerId);
		long removed = removeEverythingOf(programId, learnerId);
		this.events.publish(Topics.LEARNER_DATA,
				LearnerErasureCompleted.of(request.erasureId(), programId, SERVICE, removed));
		log.info(() -> "Erasure " + request.erasureId() + " in program " + programId + ": " + removed
				+ " records removed or made anonymous");
	}

	/** Scoring stored answers of a learner just erased: removes them again. */
	@EventListener
	void on(ErasedLearnerStored stored) {
		long removed = removeEverythingOf(stored.programId(), stored.learnerId());
		log.info(() -> "Removed again " + removed + " records stored of a learner erased meanwhile");
	}

	private long removeEverythingOf(String programId, String learnerId) {
		Set<String> answerIds = new HashSet<>(this.receivedAnswers.answerIdsOf(programId, learnerId));
		answerIds.addAll(this.feedback.answerIdsOf(programId, learnerId));
		// citations first, received answers last: the answers are how a retry after a
		// failure part-way finds which citations were the learner's
		return this.feedback.forgetCitationsOf(programId, answerIds) + this.reviews.eraseLearner(programId, learnerId)
				+ this.feedback.eraseLearner(programId, learnerId)
				+ this.memberships.forgetLearner(programId, learnerId)
				+ this.receivedAnswers.eraseLearner(programId, learnerId);
	}

}
