package io.readyroom.analytics.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.CriterionResult;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.SessionMode;
import io.readyroom.contracts.Topics;
import io.readyroom.contracts.Verdict;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Publishes events the way session-service and scoring-service do: JSON, keyed by learner
 * id, {@code acks=all}. Scores are drawn around a per-learner ability so quartiles and
 * discrimination have something to work with.
 */
final class ScoreFeed implements AutoCloseable {

	private final KafkaProducer<String, String> producer;

	private final JsonMapper json = JsonMapper.builder().build();

	private final Random random = new Random(42);

	private final String programId;

	private final String cohortId;

	ScoreFeed(String bootstrapServers, String programId, String cohortId) {
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(),
				new StringSerializer());
		this.programId = programId;
		this.cohortId = cohortId;
	}

	/** Gives the learner a target role track, so the dashboard evaluates readiness. */
	void startSession(String learnerId, int index) {
		String roleTrack = BankSample.ROLE_TRACKS.get(index % BankSample.ROLE_TRACKS.size());
		send(Topics.PRACTICE_SESSIONS, PracticeSessionStarted.of(sessionOf(learnerId), learnerId, this.programId,
				this.cohortId, roleTrack, SessionMode.MOCK_INTERVIEW));
	}

	/** Sends without waiting; {@link #flush()} waits for the broker. */
	void scoreAnswer(String learnerId, int ability, int answerIndex, Instant submittedAt) {
		send(Topics.ANSWER_SCORES, scored(learnerId, ability, answerIndex, submittedAt));
	}

	/**
	 * Sends one score and waits for its acknowledgement, as scoring-service's publisher
	 * does: a freshness trial starts its clock before this call.
	 */
	void scoreAnswerNow(String learnerId, int ability, int answerIndex) {
		try {
			this.producer.send(record(Topics.ANSWER_SCORES, scored(learnerId, ability, answerIndex, Instant.now())))
				.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Kafka did not take the score", ex.getCause());
		}
	}

	void flush() {
		this.producer.flush();
	}

	private AnswerScored scored(String learnerId, int ability, int answerIndex, Instant submittedAt) {
		BankSample.Question question = BankSample.QUESTIONS
			.get(((learnerId.hashCode() & 0x7fffffff) + answerIndex) % BankSample.QUESTIONS.size());
		int score = clamp(ability + (int) (this.random.nextGaussian() * 15));
		List<CompetencyScore> competencies = question.competencies()
			.stream()
			.map((competency) -> new CompetencyScore(competency, clamp(score + this.random.nextInt(11) - 5)))
			.toList();
		List<CriterionResult> criteria = new ArrayList<>();
		for (String keyPoint : question.keyPoints()) {
			int roll = this.random.nextInt(100);
			criteria.add((roll < score - 10) ? new CriterionResult(keyPoint, Verdict.MET, "evidence", 0, 8)
					: (roll < score + 10) ? new CriterionResult(keyPoint, Verdict.PARTIAL, "evidence", 0, 8)
							: CriterionResult.missed(keyPoint));
		}
		return new AnswerScored(UUID.randomUUID().toString(), AnswerScored.TYPE, AnswerScored.SCHEMA_VERSION,
				Instant.now(), UUID.randomUUID().toString(), sessionOf(learnerId), learnerId, this.programId,
				this.cohortId, question.id(), 1, submittedAt, score, competencies, criteria, null, "load-run/1");
	}

	private void send(String topic, ReadyroomEvent event) {
		this.producer.send(record(topic, event));
	}

	private ProducerRecord<String, String> record(String topic, ReadyroomEvent event) {
		return new ProducerRecord<>(topic, event.partitionKey(), this.json.writeValueAsString(event));
	}

	private static String sessionOf(String learnerId) {
		return "s-" + learnerId;
	}

	private static int clamp(int score) {
		return Math.max(0, Math.min(100, score));
	}

	@Override
	public void close() {
		this.producer.close(Duration.ofSeconds(10));
	}

}
