package io.readyroom.scoring.answer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.Topics;
import io.readyroom.scoring.engine.AnswerToScore;
import io.readyroom.scoring.engine.ScoreReport;
import io.readyroom.scoring.engine.ScoringEngine;
import io.readyroom.scoring.erasure.ErasedLearners;
import io.readyroom.scoring.feedback.AnswerFeedback;
import io.readyroom.scoring.feedback.AnswerWords;
import io.readyroom.scoring.feedback.FeedbackRecorder;
import io.readyroom.scoring.feedback.FeedbackRecorder.ScoreToRecord;
import io.readyroom.scoring.review.GradedExamples;
import io.readyroom.scoring.review.ReviewedExamples;
import io.readyroom.scoring.rubric.RubricVersion;
import io.readyroom.scoring.rubric.Rubrics;
import io.readyroom.scoring.rubric.ScorableQuestions;
import io.readyroom.support.kafka.EventPublisher;
import io.readyroom.support.kafka.EventPublisher.SendScope;
import io.readyroom.support.metrics.PipelineMeters;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * Scores answers under a rubric version, with their program's graded answers to the
 * question once it has enough, and publishes the explained scores. Scoring is
 * deterministic for the same rubric and graded answers, so scoring the same answer again
 * publishes an equal score, which analytics counts once.
 */
@Service
public class AnswerScoring {

	private final Rubrics rubrics;

	private final ScoringEngine engine;

	private final ReceivedAnswers receivedAnswers;

	private final EventPublisher events;

	private final FeedbackRecorder feedback;

	private final GradedExamples gradedExamples;

	private final ErasedLearners erasedLearners;

	private final Counter scoredAnswers;

	private final PipelineMeters.Latency scoringLatency;

	AnswerScoring(Rubrics rubrics, ScoringEngine engine, ReceivedAnswers receivedAnswers, EventPublisher events,
			FeedbackRecorder feedback, GradedExamples gradedExamples, ErasedLearners erasedLearners,
			MeterRegistry registry) {
		this.rubrics = rubrics;
		this.engine = engine;
		this.receivedAnswers = receivedAnswers;
		this.events = events;
		this.feedback = feedback;
		this.gradedExamples = gradedExamples;
		this.erasedLearners = erasedLearners;
		this.scoredAnswers = PipelineMeters.answers("scored", registry);
		this.scoringLatency = PipelineMeters.latency("scored", registry);
	}

	/**
	 * Keeps a batch of answers for later re-scoring, scores each under the version it was
	 * asked with and keeps the feedback once the scores are published: one bulk write of
	 * the answers, one call to the engine, one wait for the broker's acknowledgements and
	 * one bulk write of the feedback for the whole batch. An answer that comes more than
	 * once in the batch (a redelivery) is scored and published once. Each score is sent
	 * in the scope {@code sendScope} gives it (its answer's trace). An answer whose text
	 * has expired since it was first received is passed over.
	 * @throws RubricNotKnownException for the first answer whose rubric version is not
	 * known yet, with its position in {@code batch}; the answers before it are scored
	 */
	void scoreAll(List<AnswerSubmitted> batch, SendScope<AnswerScored> sendScope) {
		List<AskedAnswer> asked = askedUpToFirstUnknownRubric(batch);
		List<AskedAnswer> distinct = ofLearnersNotErased(withTextKept(onePerAnswer(asked)));
		List<AnswerSubmitted> kept = distinct.stream().map(AskedAnswer::answer).toList();
		this.receivedAnswers.keepAll(kept);
		publish(scored(distinct), sendScope);
		this.erasedLearners.recheck(kept);
		measureScored(distinct);
		if (asked.size() < batch.size()) {
			AnswerSubmitted unknown = batch.get(asked.size());
			throw new RubricNotKnownException(unknown.questionId(), unknown.questionVersion(), asked.size());
		}
	}

	/** Counts the batch's answers as scored, and how long after submission they were. */
	private void measureScored(List<AskedAnswer> scored) {
		Instant now = Instant.now();
		scored.forEach((answer) -> this.scoringLatency.since(answer.answer().occurredAt(), now));
		this.scoredAnswers.increment(scored.size());
	}

	private List<AskedAnswer> askedUpToFirstUnknownRubric(List<AnswerSubmitted> batch) {
		List<AskedAnswer> asked = new ArrayList<>();
		for (AnswerSubmitted answer : batch) {
			Optional<RubricVersion> question = this.rubrics.find(answer.questionId(), answer.questionVersion());
			if (question.isEmpty()) {
				break;
			}
			asked.add(new AskedAnswer(answer, question.get()));
		}
		return asked;
	}

	/**
	 * Leaves out answers whose text the program's retention period has removed here: a
	 * replay of the answers topic, before compaction has dropped them, must not bring
	 * their words back.
	 */
	private List<AskedAnswer> withTextKept(List<AskedAnswer> answers) {
		Set<String> removed = this.receivedAnswers
			.textRemovedAmong(answers.stream().map((answer) -> answer.answer().answerId()).toList());
		return answers.stream().filter((answer) -> !removed.contains(answer.answer().answerId())).toList();
	}

	/**
	 * Leaves out answers of learners erased meanwhile: an answer still on its way when
	 * its learner was erased must not bring their words back.
	 */
	private List<AskedAnswer> ofLearnersNotErased(List<AskedAnswer> answers) {
		Predicate<AnswerSubmitted> notErased = this.erasedLearners
			.notErasedAmong(answers.stream().map(AskedAnswer::answer).toList());
		return answers.stream().filter((answer) -> notErased.test(answer.answer())).toList();
	}

	private static List<AskedAnswer> onePerAnswer(List<AskedAnswer> asked) {
		Map<String, AskedAnswer> byAnswerId = new LinkedHashMap<>();
		asked.forEach((answer) -> byAnswerId.putIfAbsent(answer.answer().answerId(), answer));
		return List.copyOf(byAnswerId.values());
	}

	private List<ScoredAnswer> scored(List<AskedAnswer> asked) {
		List<ReviewedExamples> examples = this.gradedExamples
			.forAnswers(asked.stream().map(AskedAnswer::answer).toList());
		List<ScoreReport> reports = this.engine.scoreAll(IntStream.range(0, asked.size())
			.mapToObj((i) -> new AnswerToScore(
					ScorableQuestions.of(asked.get(i).question()).withGradedExamples(examples.get(i).examples()),
					asked.get(i).answer().answerText()))
			.toList());
		return IntStream.range(0, asked.size())
			.mapToObj((i) -> scored(asked.get(i).answer(), asked.get(i).question(), examples.get(i), reports.get(i)))
			.toList();
	}

	/**
	 * Scores every received answer to {@code question}'s question that was asked under
	 * this version or an older one again under this version and publishes the new scores,
	 * which supersede the old ones downstream.
	 * @return how many answers were re-scored
	 */
	public int rescore(RubricVersion question) {
		try (Stream<ReceivedAnswer> answers = this.receivedAnswers.toQuestion(question.questionId())) {
			return publish(answers.map(ReceivedAnswer::event)
				.filter((answer) -> answer.questionVersion() <= question.version())
				.map((answer) -> scored(answer, question))
				.toList());
		}
	}

	/**
	 * Scores the program's unreviewed answers to a question again, each under the rubric
	 * version it counts under now, so they lean on the program's graded answers as they
	 * are now. Reviewed answers are left alone: their reviewed score counts, and their
	 * machine score stays the one the reviewer saw.
	 * @return how many answers were re-scored
	 */
	public int rescoreUnreviewed(String questionId, @Nullable String programId) {
		Set<String> reviewed = this.gradedExamples.reviewedAnswerIds(questionId, programId);
		try (Stream<ReceivedAnswer> answers = this.receivedAnswers.toQuestion(questionId)) {
			return publish(answers.map(ReceivedAnswer::event)
				.filter((answer) -> Objects.equals(answer.programId(), programId))
				.filter((answer) -> !reviewed.contains(answer.answerId()))
				.flatMap((answer) -> countedVersion(answer).map((question) -> scored(answer, question)).stream())
				.toList());
		}
	}

	private Optional<RubricVersion> countedVersion(AnswerSubmitted answer) {
		int version = this.feedback.find(answer.answerId())
			.map(AnswerFeedback::questionVersion)
			.orElse(answer.questionVersion());
		return this.rubrics.find(answer.questionId(), version);
	}

	private ScoredAnswer scored(AnswerSubmitted answer, RubricVersion question) {
		ReviewedExamples examples = this.gradedExamples.forAnswer(question.questionId(), answer.programId(),
				answer.answerId());
		ScoreReport report = this.engine.score(ScorableQuestions.of(question).withGradedExamples(examples.examples()),
				answer.answerText());
		return scored(answer, question, examples, report);
	}

	private static ScoredAnswer scored(AnswerSubmitted answer, RubricVersion question, ReviewedExamples examples,
			ScoreReport report) {
		AnswerScored event = AnswerScored.of(answer, question.version(), report.score(), report.competencyScores(),
				report.criterionResults(), ScoreExplanations.of(report, examples.answerIds()), report.scorerVersion());
		return new ScoredAnswer(answer, question, report, event);
	}

	/**
	 * Publishes re-scores in the trace of the request that asked for them, then keeps
	 * their feedback.
	 */
	private int publish(List<ScoredAnswer> scores) {
		return publish(scores, SendScope.asItIs());
	}

	/**
	 * Publishes the scores, then keeps their feedback: only what Kafka has is shown. The
	 * published scores carry no words of any answer, since a topic cannot forget one
	 * learner's; the feedback keeps them, where they can be erased.
	 */
	private int publish(List<ScoredAnswer> scores, SendScope<AnswerScored> sendScope) {
		this.events.publishAll(Topics.ANSWER_SCORES,
				scores.stream().map((scored) -> AnswerWords.removedFrom(scored.event())).toList(), sendScope);
		this.feedback.recordAll(scores.stream()
			.map((scored) -> new ScoreToRecord(scored.event(), scored.report(), scored.answer().answerText(),
					scored.question()))
			.toList());
		return scores.size();
	}

	/** An answer with the rubric version it was asked under. */
	private record AskedAnswer(AnswerSubmitted answer, RubricVersion question) {

	}

	/** An answer's score, with the report and question it came from. */
	private record ScoredAnswer(AnswerSubmitted answer, RubricVersion question, ScoreReport report,
			AnswerScored event) {

	}

}
