package io.readyroom.analytics.cohort;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import io.readyroom.analytics.cohort.StaleCohortMarks.ClearedMark;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mark is cleared only by a recompute that read it after its latest raise, whichever
 * instance clears it and however late.
 */
class StaleCohortMarksTests {

	private MongoServer store;

	private MongoClient client;

	private StaleCohortMarks marks;

	@BeforeEach
	void openStore() {
		this.store = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.store.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.marks = new StaleCohortMarks(new MongoTemplate(this.client, "marks"), Clock.systemUTC());
	}

	@AfterEach
	void closeStore() {
		this.client.close();
		this.store.shutdownNow();
	}

	@Test
	void aCohortMarkedDuringARecomputeStaysMarked() {
		this.marks.mark("cohort-a");
		long readByTheRecompute = this.marks.marked().get("cohort-a");
		this.marks.mark("cohort-a");

		assertThat(this.marks.clear("cohort-a", readByTheRecompute)).isEmpty();
		assertThat(this.marks.marked()).containsOnlyKeys("cohort-a");

		assertThat(this.marks.clear("cohort-a", this.marks.marked().get("cohort-a"))).isPresent();
		assertThat(this.marks.marked()).isEmpty();
		assertThat(this.marks.anyMarked()).isFalse();
	}

	/** Generations never repeat, so a late clear cannot take a newer mark for its own. */
	@Test
	void aLateClearOfAnEarlierMarkLeavesALaterMarkStanding() {
		this.marks.mark("cohort-a");
		long readBySlowInstance = this.marks.marked().get("cohort-a");
		this.marks.clear("cohort-a", readBySlowInstance);
		this.marks.mark("cohort-a");

		this.marks.clear("cohort-a", readBySlowInstance);

		assertThat(this.marks.marked()).containsOnlyKeys("cohort-a");
		assertThat(this.marks.marked().get("cohort-a")).isGreaterThan(readBySlowInstance);
	}

	/** The dashboard's freshness is measured from the answer that waited longest. */
	@Test
	void aClearedMarkNamesTheEarliestAnswerThatRaisedItSinceTheLastClear() {
		Instant nine = Instant.parse("2026-12-07T09:00:00Z");
		this.marks.mark("cohort-a", nine.plusSeconds(30));
		this.marks.mark("cohort-a", nine);
		this.marks.mark("cohort-a");
		this.marks.mark("cohort-a", nine.plusSeconds(60));

		assertThat(this.marks.clear("cohort-a", this.marks.marked().get("cohort-a"))).contains(new ClearedMark(nine));

		this.marks.mark("cohort-a");
		assertThat(this.marks.clear("cohort-a", this.marks.marked().get("cohort-a"))).contains(new ClearedMark(null));
	}

	@Test
	void aBurstOfMarksIsOneMarkedCohort() {
		for (int i = 0; i < 1000; i++) {
			this.marks.mark("cohort-" + (i % 2));
		}

		assertThat(this.marks.marked()).containsOnlyKeys("cohort-0", "cohort-1");
	}

}
