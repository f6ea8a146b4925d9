package io.readyroom.analytics.erasure;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.readyroom.contracts.PracticeSessionCompleted;
import io.readyroom.contracts.PracticeSessionStarted;
import io.readyroom.contracts.SessionMode;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Erased learners are known by digests alone; the events of those erased are dropped
 * before anything is stored, and what a listener stored while the learner was being
 * erased is reported for removal.
 */
class ErasedLearnersTests {

	private MongoServer server;

	private MongoClient client;

	private MongoTemplate mongo;

	private final List<Object> published = new ArrayList<>();

	private ErasedLearners erased;

	@BeforeEach
	void startStore() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "erased");
		this.erased = new ErasedLearners(this.mongo, Clock.systemUTC(), this.published::add);
	}

	@AfterEach
	void stopStore() {
		this.client.close();
		this.server.shutdown();
	}

	@Test
	void anErasedLearnerIsStoredWithoutTheirId() {
		this.erased.remember("program-1", "ana-1234");
		this.erased.remember("program-1", "ana-1234");
		this.erased.cohortsChanged("program-1", "ana-1234", List.of("cohort-a"));

		List<Document> stored = this.mongo.findAll(Document.class, "erased_learners");
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).toJson()).doesNotContain("ana-1234").contains("cohort-a");
		assertThat(this.erased.isErased("program-1", "ana-1234")).isTrue();
		assertThat(this.erased.isErased("program-2", "ana-1234")).isFalse();
	}

	@Test
	void onlyTheEventsOfLearnersNotErasedAreKept() {
		this.erased.remember("program-1", "ana");
		List<String[]> events = List.of(new String[] { "program-1", "ana" }, new String[] { "program-1", "ben" },
				new String[] { "program-2", "ana" });

		assertThat(this.erased.withoutErased(events, (event) -> event[0], (event) -> event[1]))
			.containsExactly(events.get(1), events.get(2));
	}

	@Test
	void whatWasStoredOfALearnerErasedMeanwhileIsReportedOncePerLearner() {
		List<String[]> batch = List.of(new String[] { "program-1", "ana" }, new String[] { "program-1", "ben" },
				new String[] { "program-1", "ana" });
		this.erased.recheck(batch, (event) -> event[0], (event) -> event[1]);
		assertThat(this.published).isEmpty();

		this.erased.remember("program-1", "ana");
		this.erased.recheck(batch, (event) -> event[0], (event) -> event[1]);

		assertThat(this.published).containsExactly(new ErasedLearnerStored("program-1", "ana"));
	}

	/** A completed session does not name its program; the erasure remembers it. */
	@Test
	void aSessionOfALearnerErasedMeanwhileIsReportedForTheProgramTheyWereErasedFrom() {
		this.erased.remember("program-1", "ana");

		this.erased.recheck(new PracticeSessionCompleted("e-1", PracticeSessionCompleted.TYPE,
				PracticeSessionCompleted.SCHEMA_VERSION, Instant.now(), "s-1", "ana", "cohort-a", 1));
		this.erased.recheck(PracticeSessionStarted.of("s-2", "ana", "program-2", "cohort-a",
				"health-information-technician", SessionMode.MOCK_INTERVIEW));

		assertThat(this.published).containsExactly(new ErasedLearnerStored("program-1", "ana"));
		assertThat(this.erased.isErased(PracticeSessionStarted.of("s-2", "ana", "program-2", "cohort-a",
				"health-information-technician", SessionMode.MOCK_INTERVIEW)))
			.isFalse();
	}

}
