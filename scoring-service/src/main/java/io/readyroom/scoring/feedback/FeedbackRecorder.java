package io.readyroom.scoring.feedback;

import java.util.List;
import java.util.Map;
import java.util.Optional;
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

	/**
	 * A score to keep the feedback of.
	 *
	 * @param report the engine's report the event was made from, for what the event does
	 * not carry: how sure the scorer was
	 */
	public record ScoreToRecord(AnswerScored scored, ScoreReport report, String answerText, RubricVersion question) {

	}

	/** Only the rubric version kept feedback was scored under. */
	private record AnswerFeedbackVersion(@Id String answerId, int questionVersion) {

	}

}
