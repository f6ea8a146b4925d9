package io.readyroom.scoring.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.rubric.RubricVersion;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * Keeps each answer's feedback for the learner and their coaches, and finds it again. A
 * re-score under a newer rubric version replaces it; a late redelivery of an older one
 * does not.
 */
@Service
public class FeedbackRecorder {

	private static final int EXPIRY_PAGE = 500;

	private final MongoTemplate mongo;

	FeedbackRecorder(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/**
	 * Keeps the feedback of many scores at once: one read of the rubric versions already
	 * kept for them and one bulk write, instead of a read and a write per answer. Each
	 * answer appears at most once in {@code scores}.
	 */
	public void recordAll(List<ScoreToRecord> scores) {
		if (scores.isEmpty()) {
			return;
		}
		Map<String, Integer> storedVersions = storedVersions(
				scores.stream().map((score) -> score.scored().answerId()).toList());
		BulkOperations writes = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AnswerFeedback.class);
		scores.stream()
			.filter((score) -> storedVersions.getOrDefault(score.scored().answerId(),
					Integer.MIN_VALUE) <= score.scored().questionVersion())
			.forEach((score) -> writes.replaceOne(Query.query(Criteria.where("_id").is(score.scored().answerId())),
					AnswerFeedback.of(score.scored(), score.report(), score.answerText(), score.question()),
					FindAndReplaceOptions.options().upsert()));
		writes.execute();
	}

	private Map<String, Integer> storedVersions(List<String> answerIds) {
		Query stored = Query.query(Criteria.where("_id").in(answerIds));
		stored.fields().include("questionVersion");
		return this.mongo.find(stored, AnswerFeedbackVersion.class, "answer_feedback")
			.stream()
			.collect(Collectors.toMap(AnswerFeedbackVersion::answerId, AnswerFeedbackVersion::questionVersion));
	}

	/** The feedback kept on an answer, if it has been scored. */
	public Optional<AnswerFeedback> find(String answerId) {
		return Optional.ofNullable(this.mongo.findById(answerId, AnswerFeedback.class));
	}

	/** The learner's newest scored answers, at most {@code limit}. */
	List<AnswerFeedback> newestOf(String learnerId, int limit) {
		Query newestFirst = Query.query(Criteria.where("learnerId").is(learnerId))
			.with(Sort.by(Sort.Direction.DESC, "submittedAt"));
		return this.mongo.find(newestFirst.limit(limit), AnswerFeedback.class);
	}

	/** The program's scored answers. */
	public Stream<AnswerFeedback> streamOfProgram(String programId) {
		return this.mongo.stream(Query.query(Criteria.where("programId").is(programId)), AnswerFeedback.class);
	}

	/** The ids of the learner's scored answers in the program. */
	public Set<String> answerIdsOf(String programId, String learnerId) {
		return ids(Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)));
	}

	/**
	 * Which of {@code answerIds} of the program were submitted before {@code instant}.
	 */
	public Set<String> submittedBefore(String programId, Instant instant, Collection<String> answerIds) {
		return ids(Query
			.query(Criteria.where("_id").in(answerIds).and("programId").is(programId).and("submittedAt").lt(instant)));
	}

	private Set<String> ids(Query query) {
		query.fields().include("_id");
		return this.mongo.find(query, StoredAnswer.class, "answer_feedback")
			.stream()
			.map(StoredAnswer::answerId)
			.collect(Collectors.toSet());
	}

	/**
	 * Removes the feedback on the learner's answers in the program.
	 * @return how many answers' feedback was removed
	 */
	public long eraseLearner(String programId, String learnerId) {
		return this.mongo
			.remove(Query.query(Criteria.where("programId").is(programId).and("learnerId").is(learnerId)),
					AnswerFeedback.class)
			.getDeletedCount();
	}

	/**
	 * Makes the program's feedback cite none of {@code answerIds}: those cited keep their
	 * grade and closeness, since scores leaned on them, but lose their id and words.
	 * @return how many answers' feedback cited them
	 */
	public long forgetCitationsOf(String programId, Set<String> answerIds) {
		return rewriteCiting(programId, Criteria.where("answerId").in(answerIds),
				(feedback) -> feedback.withoutCitationsOf(answerIds));
	}

	/**
	 * Makes the program's feedback cite {@code answerIds} by id and grade only, not by
	 * their words.
	 * @return how many answers' feedback quoted them
	 */
	public long forgetCitedWordsOf(String programId, Set<String> answerIds) {
		return rewriteCiting(programId, Criteria.where("answerId").in(answerIds).and("answer").ne(null),
				(feedback) -> feedback.withoutCitedWordsOf(answerIds));
	}

	private long rewriteCiting(String programId, Criteria citation, UnaryOperator<AnswerFeedback> rewrite) {
		Query citing = Query.query(Criteria.where("programId")
			.is(programId)
			.and("explanation.gradedExamples.nearest")
			.elemMatch(citation));
		return replaceAll(this.mongo.find(citing, AnswerFeedback.class).stream().map(rewrite).toList());
	}

	/**
	 * Removes the text of the program's answers submitted before {@code instant}, and the
	 * words quoted from it, from their feedback; scores and verdicts stay. A page at a
	 * time, so a program's whole history is never in memory at once; feedback already
	 * without text does not match again, which also makes it idempotent.
	 * @return how many answers' feedback lost its text
	 */
	public long expireText(String programId, Instant instant) {
		Query withText = Query
			.query(Criteria.where("programId")
				.is(programId)
				.and("submittedAt")
				.lt(instant)
				.and("answerTextRemoved")
				.ne(true))
			.limit(EXPIRY_PAGE);
		long expired = 0;
		List<AnswerFeedback> page;
		while (!(page = this.mongo.find(withText, AnswerFeedback.class)).isEmpty()) {
			expired += replaceAll(page.stream().map(AnswerFeedback::withoutAnswerText).toList());
		}
		return expired;
	}

	private long replaceAll(List<AnswerFeedback> rewritten) {
		if (rewritten.isEmpty()) {
			return 0;
		}
		BulkOperations writes = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, AnswerFeedback.class);
		rewritten.forEach((feedback) -> writes.replaceOne(Query.query(Criteria.where("_id").is(feedback.answerId())),
				feedback, FindAndReplaceOptions.none()));
		writes.execute();
		return rewritten.size();
	}

	/**
	 * A score to keep the feedback of.
	 *
	 * @param report the engine's report the event was made from, for what the event does
	 * not carry: how sure the scorer was
	 */
	public record ScoreToRecord(AnswerScored scored, ScoreReport report, String answerText, RubricVersion question) {

	}

	/** Only the id of kept feedback. */
	private record StoredAnswer(@Id String answerId) {

	}

	/** Only the rubric version kept feedback was scored under. */
	private record AnswerFeedbackVersion(@Id String answerId, int questionVersion) {

	}

}
