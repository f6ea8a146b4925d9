package io.readyroom.analytics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.IntStream;

import io.readyroom.analytics.Events.Learner;
import io.readyroom.analytics.cohort.CohortDashboard;
import io.readyroom.analytics.profile.LearnerProfile;
import io.readyroom.analytics.profile.LearnerProfiles;
import io.readyroom.analytics.score.ScoredAnswer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.readyroom.contracts.AnswerScored;
import io.readyroom.contracts.Topics;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Analytics finishes its work whatever instance runs it: what a dashboard still needs is
 * in the store before a record's offset is committed, and instances of one consumer group
 * share the work without losing or double-counting any of it.
 */
class DurableProjectionTests {

	private static final String ROI = "release-of-information";

	private static final String STALE_COHORTS = "stale_cohorts";

	private static AnalyticsInstances instances;

	private final String program = "program-" + UUID.randomUUID();

	@BeforeAll
	static void startInfrastructure() throws Exception {
		instances = new AnalyticsInstances();
	}

	@AfterAll
	static void stopInfrastructure() {
		instances.close();
	}

	@Test
	void aCohortMarkedStaleBeforeACrashIsRecomputedByTheNextInstance() {
		String cohort = "cohort-" + UUID.randomUUID();
		Learner ada = Events.learner(cohort, this.program);
		// refreshes dashboards once, at start-up, before any score: "crashes" before the
		// next
		try (ConfigurableApplicationContext crashing = instances
			.start("readyroom.analytics.dashboard-refresh-interval=1h"); EventFeed feed = feedFor(crashing)) {
			feed.send(List.of(ada.scored("hit-roi-process", ROI, 40, EventFeed.minutesAgo(2)),
					ada.scored("beh-mistake-learned", ROI, 80, EventFeed.minutesAgo(1))));
			feed.awaitProcessed();
			MongoTemplate mongo = crashing.getBean(MongoTemplate.class);
			assertThat(mongo.findById(ada.learnerId(), LearnerProfile.class).answerCount()).isEqualTo(2);
			assertThat(mongo.findById(cohort, Document.class, STALE_COHORTS)).containsEntry("stale", true);
			assertThat(mongo.findById(cohort, CohortDashboard.class)).isNull();
		}

		try (ConfigurableApplicationContext next = instances.start()) {
			MongoTemplate mongo = next.getBean(MongoTemplate.class);
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(mongo.findById(cohort, CohortDashboard.class)).isNotNull()
					.satisfies((dashboard) -> assertThat(dashboard.answers()).isEqualTo(2))
					.satisfies((dashboard) -> assertThat(dashboard.meanScore()).isEqualTo(60.0)));
		}
	}

	/**
	 * Scores flow while two instances consume them; one stops in the middle, the rest of
	 * its partitions go to the other, and what it had polled and not committed is
	 * delivered again. Some scores are also sent twice.
	 */
	@Test
	void twoInstancesCountEveryScoreOnceThoughOneStopsMidStream() {
		List<String> cohorts = List.of("cohort-" + UUID.randomUUID(), "cohort-" + UUID.randomUUID(),
				"cohort-" + UUID.randomUUID());
		List<Learner> learners = IntStream.range(0, 24)
			.mapToObj((i) -> Events.learner(cohorts.get(i % cohorts.size()), this.program))
			.toList();
		List<List<AnswerScored>> rounds = IntStream.range(0, 8).mapToObj((round) -> round(learners, round)).toList();

		// three consumers each for the topic's six partitions: with six each, the group
		// could hand all six to one instance's consumers and leave the other idle
		ConfigurableApplicationContext staying = instances.start("spring.kafka.consumer.max-poll-records=5",
				"readyroom.analytics.scores.consumers=3");
		ConfigurableApplicationContext stopping = instances.start("spring.kafka.consumer.max-poll-records=5",
				"readyroom.analytics.scores.consumers=3", "spring.kafka.listener.immediate-stop=true");
		MongoTemplate mongo = staying.getBean(MongoTemplate.class);
		// the second instance starts slower than the first consumes: unless the group has
		// given it partitions first, the first may be through the stream before it joins
		await().atMost(Duration.ofSeconds(60))
			.until(() -> scorePartitionsHeldBy(staying) > 0 && scorePartitionsHeldBy(stopping) > 0);
		try (EventFeed feed = feedFor(staying)) {
			rounds.subList(0, 4).forEach(feed::send);
			// both instances at work, the stream not half through
			await().atMost(Duration.ofSeconds(60))
				.until(() -> storedAnswers(mongo, learners) >= learners.size() && scoresConsumedBy(stopping) > 0);
			stopping.close();
			rounds.subList(4, 8).forEach(feed::send);
			feed.send(rounds.get(2));
			feed.awaitProcessed();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> !mongo.exists(Query.query(Criteria.where("_id").in(cohorts).and("stale").is(true)),
						STALE_COHORTS));

			assertThat(storedAnswers(mongo, learners)).isEqualTo(8L * learners.size());
			learners.forEach(
					(learner) -> assertThat(profileFigures(mongo.findById(learner.learnerId(), LearnerProfile.class)))
						.isEqualTo(profileFigures(reference(mongo, learner))));
			for (String cohort : cohorts) {
				CohortDashboard dashboard = mongo.findById(cohort, CohortDashboard.class);
				assertThat(dashboard.learners()).isEqualTo(learners.size() / cohorts.size());
				assertThat(dashboard.answers()).isEqualTo(8L * learners.size() / cohorts.size());
				assertThat(dashboardFigures(mongo, cohort)).isEqualTo(recomputed(mongo, cohort));
			}
		}
		finally {
			staying.close();
			stopping.close();
		}
	}

	private static List<AnswerScored> round(List<Learner> learners, int round) {
		List<AnswerScored> scores = new ArrayList<>();
		for (Learner learner : learners) {
			int score = (round * 37 + learner.learnerId().hashCode() % 50 + 100) % 101;
			scores.add(learner.scored((round % 2 == 0) ? "hit-roi-process" : "beh-mistake-learned", ROI, score,
					EventFeed.minutesAgo(60 - round)));
		}
		return scores;
	}

	/** The score topic's partitions the instance holds in the service's own group. */
	private static long scorePartitionsHeldBy(ConfigurableApplicationContext instance) {
		String group = instance.getEnvironment().getProperty("spring.kafka.consumer.group-id");
		return instance.getBean(KafkaListenerEndpointRegistry.class)
			.getListenerContainers()
			.stream()
			.filter((container) -> Objects.equals(group, container.getGroupId()))
			.map(MessageListenerContainer::getAssignedPartitions)
			.filter(Objects::nonNull)
			.flatMap(Collection::stream)
			.filter((partition) -> partition.topic().equals(Topics.ANSWER_SCORES))
			.count();
	}

	private static double scoresConsumedBy(ConfigurableApplicationContext instance) {
		Counter consumed = instance.getBean(MeterRegistry.class)
			.find("readyroom.events.consumed")
			.tag("topic", Topics.ANSWER_SCORES)
			.counter();
		return (consumed != null) ? consumed.count() : 0;
	}

	private static EventFeed feedFor(ConfigurableApplicationContext instance) {
		return new EventFeed(instances.bootstrapServers(), instance.getBean(JsonMapper.class));
	}

	private static long storedAnswers(MongoTemplate mongo, Collection<Learner> learners) {
		return mongo.count(
				Query.query(Criteria.where("learnerId").in(learners.stream().map(Learner::learnerId).toList())),
				ScoredAnswer.class);
	}

	/** The learner's profile folded afresh from their stored scores. */
	private static LearnerProfile reference(MongoTemplate mongo, Learner learner) {
		List<ScoredAnswer> answers = mongo.find(Query.query(Criteria.where("learnerId").is(learner.learnerId())),
				ScoredAnswer.class);
		return LearnerProfiles.fromHistory(learner.learnerId(), learner.cohortId(), learner.programId(), null, answers,
				List.of());
	}

	/** What a profile says about the learner's answers. */
	private static List<Object> profileFigures(LearnerProfile profile) {
		return List.of(profile.cohortId(), profile.answerCount(), profile.meanScore(), profile.competencies(),
				profile.questions(), profile.keyPoints(), profile.answerWeeks(), profile.lastAnsweredAt());
	}

	/** The stored dashboard without its bookkeeping. */
	private static Map<String, Object> dashboardFigures(MongoTemplate mongo, String cohort) {
		Map<String, Object> figures = new HashMap<>(mongo.findById(cohort, Document.class, "cohort_dashboards"));
		figures.remove("computedAt");
		figures.remove("markGeneration");
		return figures;
	}

	/** Marks the cohort stale as a listener would and waits for the recompute. */
	private static Map<String, Object> recomputed(MongoTemplate mongo, String cohort) {
		Query byId = Query.query(Criteria.where("_id").is(cohort));
		long generation = mongo
			.findAndModify(byId, new Update().inc("generation", 1L).set("stale", true),
					FindAndModifyOptions.options().returnNew(true), Document.class, STALE_COHORTS)
			.get("generation", Number.class)
			.longValue();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> mongo.findById(cohort, Document.class, "cohort_dashboards")
				.get("markGeneration", Number.class)
				.longValue() >= generation);
		return dashboardFigures(mongo, cohort);
	}

}
