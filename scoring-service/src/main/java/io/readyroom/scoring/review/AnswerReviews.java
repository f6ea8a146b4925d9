package io.readyroom.scoring.review;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.readyroom.contracts.Topics;
import io.readyroom.contracts.Verdict;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.AnswerFeedback.KeyPointFeedback;
import io.readyroom.scoring.feedback.FeedbackRecorder;
import io.readyroom.scoring.review.AnswerReview.ReviewedVerdict;
import io.readyroom.scoring.review.ReviewRequest.CriterionVerdict;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Takes reviews of scored answers. A review is checked whole before anything is kept: the
 * answer must be scored, the reviewer staff over its learner, every verdict about a key
 * point of the rubric version the answer was scored under. It is kept, then published;
 * the reviewer is answered only once Kafka has it. The kept reviews are read here too,
 * for the review queue, calibration and graded examples, and removed or stripped of their
 * answer text when the program asks.
 */
@Service
public class AnswerReviews {

	private final FeedbackRecorder feedback;

	private final MongoTemplate mongo;

	private final EventPublisher events;

	AnswerReviews(FeedbackRecorder feedback, MongoTemplate mongo, EventPublisher events) {
		this.feedback = feedback;
		this.mongo = mongo;
		this.events = events;
	}

	AnswerReview review(String answerId, ReviewRequest request, Caller caller) {
		AnswerFeedback answer = this.feedback.find(answerId)
			.filter((scored) -> caller.belongsTo(scored.programId()))
			.orElseThrow(() -> ReviewProblems.unknownAnswer(answerId));
		if (!caller.readsCohort(answer.programId(), answer.cohortId())) {
			throw ReviewProblems.notYourAnswer(answerId);
		}
		int revision = find(answerId).map((old) -> old.revision() + 1).orElse(1);
		AnswerReview review = new AnswerReview(answerId, answer.questionId(), answer.questionVersion(),
				answer.programId(), answer.cohortId(), answer.learnerId(), answer.answerText(), revision,
				answer.score(), request.score(), verdicts(answer, request.criteriaOrNone()), request.noteOrEmpty(),
				caller.id(), caller.role().claimValue(), Instant.now());
		this.mongo.save(review);
		this.events.publish(Topics.ANSWER_REVIEWS, review.toEvent());
		return review;
	}

	/** The review of an answer, for its learner and the staff over them. */
	Optional<AnswerReview> readableBy(Caller caller, String answerId) {
		return find(answerId)
			.filter((review) -> caller.readsLearner(review.learnerId(), review.programId(), review.cohortId()));
	}

	/** What the program's reviews say about its answers. */
	ProgramReviews ofProgram(String programId) {
		return ProgramReviews
			.of(this.mongo.find(Query.query(Criteria.where("programId").is(programId)), AnswerReview.class));
	}

	/** The program's reviews of answers to the question. */
	List<AnswerReview> ofQuestion(String questionId, @Nullable String programId) {
		return this.mongo.find(Query.query(Criteria.where("questionId").is(questionId).and("programId").is(programId)),
				AnswerReview.class);
	}

	/** The ids of the program's reviewed answers. */
	public Set<String> answerIdsOf(String programId) {
		return this.mongo
			.findDistinct(Query.query(Criteria.where("programId").is(programId)), "_id", AnswerReview.class,
					String.class)
			.stream()
			.collect(Collectors.toSet());
	}

	/**
	 * Removes the reviews of the learner's answers in the program, which stop being
	 * graded examples with them.
	 * @return how many were removed
	 */
	public long eraseLearner(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)),
					AnswerReview.class)
			.getDeletedCount();
	}

	/**
	 * Removes the answer text from the reviews of {@code answerIds}: the reviews stay,
	 * the answers stop being graded examples.
	 * @return how many reviews lost their text now; 0 when they had lost it before
	 */
	public long expireText(Set<String> answerIds) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where("_id").in(answerIds).and("answerText").ne(null)),
					new Update().unset("answerText"), AnswerReview.class)
			.getModifiedCount();
	}

	private Optional<AnswerReview> find(String answerId) {
		return Optional.ofNullable(this.mongo.findById(answerId, AnswerReview.class));
	}

	/**
	 * The machine's verdict on every key point the answer was scored on, with the ones
	 * the reviewer changed.
	 */
	private static List<ReviewedVerdict> verdicts(AnswerFeedback answer, List<CriterionVerdict> changed) {
		Map<String, Verdict> given = new LinkedHashMap<>();
		for (CriterionVerdict verdict : changed) {
			if (given.put(verdict.criterionId(), verdict.verdict()) != null) {
				throw ReviewProblems.criterionTwice(verdict.criterionId());
			}
		}
		List<String> known = answer.criteria().stream().map(KeyPointFeedback::criterionId).toList();
		given.keySet().stream().filter((id) -> !known.contains(id)).findFirst().ifPresent((unknown) -> {
			throw ReviewProblems.unknownCriterion(unknown, answer.questionId(), answer.questionVersion(), known);
		});
		return answer.criteria()
			.stream()
			.map((point) -> new ReviewedVerdict(point.criterionId(),
					given.getOrDefault(point.criterionId(), point.verdict()), point.verdict()))
			.toList();
	}

}
