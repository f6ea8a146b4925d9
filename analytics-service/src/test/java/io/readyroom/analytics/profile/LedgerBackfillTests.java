package io.readyroom.analytics.profile;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.readyroom.analytics.activity.PracticeActivity;
import io.readyroom.analytics.score.ScoredAnswer;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.AnswerSubmitted;
import io.readyroom.contracts.CompetencyScore;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.ReadyroomEvent;
import io.readyroom.contracts.SessionMode;
import io.readyroom.contracts.Topics;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TopicProbe;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answers and sessions stored by a version that kept no learner ledgers still count once
 * the backfill has run.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class LedgerBackfillTests {

	private static final String COMPETENCY = "release-of-information";

	private static final String ROLE_TRACK = "health-information-technician";

	@Autowired
	private MongoTemplate mongo;

	@Autowired
	private LedgerBackfill backfill;

	@Autowired
	private LearnerProfiles profiles;

	@Autowired
	private KafkaConnectionDetails kafka;

	@Autowired
	private JsonMapper json;

	@Test
	void answersAndSessionsStoredWithoutALedgerCountInTheNextRebuild() {
		String learner = "learner-" + UUID.randomUUID();
		Instant earlier = Instant.now().minus(Duration.ofDays(3));
		this.mongo.save(new ScoredAnswer(UUID.randomUUID().toString(), learner, null, "cohort-a", "s-old",
				"hit-roi-process", 1, 40, List.of(new CompetencyScore(COMPETENCY, 40)), List.of(), earlier,
				"key-phrase-coverage/1", null));
		this.mongo.save(new PracticeActivity("s-old-" + learner, learner, null, "cohort-a", ROLE_TRACK,
				SessionMode.MOCK_INTERVIEW.name(), earlier, null, 0));

		this.backfill.run();
		send(scored(learner, 80));
		send(PracticeSessionStarted.of("s-new-" + learner, learner, null, "cohort-a", ROLE_TRACK,
				SessionMode.MOCK_INTERVIEW));

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(this.profiles.find(learner)).hasValueSatisfying((profile) -> {
				assertThat(profile.answerCount()).isEqualTo(2);
				assertThat(profile.meanScore()).isEqualTo(60.0);
				assertThat(profile.sessionsStarted()).isEqualTo(2);
			}));
	}

	private static AnswerScored scored(String learner, int score) {
		AnswerSubmitted answer = new AnswerSubmitted(UUID.randomUUID().toString(), AnswerSubmitted.TYPE, 1,
				Instant.now(), UUID.randomUUID().toString(), "s-new-" + learner, learner, null, "cohort-a",
				"hit-roi-process", 1, "An answer.");
		return AnswerScored.of(answer, 1, score, List.of(new CompetencyScore(COMPETENCY, score)), List.of(), null,
				"key-phrase-coverage/1");
	}

	private void send(ReadyroomEvent event) {
		String topic = (event instanceof AnswerScored) ? Topics.ANSWER_SCORES : Topics.PRACTICE_SESSIONS;
		TopicProbe.send(String.join(",", this.kafka.getBootstrapServers()), topic, event.partitionKey(),
				this.json.writeValueAsString(event));
	}

}
