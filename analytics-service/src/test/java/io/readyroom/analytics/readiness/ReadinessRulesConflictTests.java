package io.readyroom.analytics.readiness;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.readyroom.bank.CompetencyModel.Requirement;
import io.readyroom.bank.SharedBank;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A program's readiness rules are one document of all its role tracks; changes made to it
 * at the same time are all kept, and rules stored before the document carried a version
 * are changed and versioned as well.
 */
class ReadinessRulesConflictTests {

	private static final String PROGRAM = "program-a";

	private MongoServer store;

	private MongoClient client;

	private MongoTemplate mongo;

	private ReadinessRules rules;

	// Both writers publish from their own threads.
	private final List<Object> published = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openStore() {
		this.store = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.store.bind();
		this.client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
		this.mongo = new MongoTemplate(this.client, "rules");
		this.rules = new ReadinessRules(SharedBank.load().competencyModel(), this.mongo, this.published::add);
	}

	@AfterEach
	void closeStore() {
		this.client.close();
		this.store.shutdownNow();
	}

	@Test
	void roleTracksChangedAtTheSameTimeAreAllKept() {
		int writers = 2;
		int tracksEach = 40;
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<Void>> running = IntStream.range(0, writers)
			.mapToObj((writer) -> CompletableFuture.runAsync(() -> {
				await(start);
				for (int track = 0; track < tracksEach; track++) {
					this.rules.override(PROGRAM, "track-" + writer + "-" + track, requiring(track));
				}
			}))
			.toList();
		start.countDown();
		running.forEach(CompletableFuture::join);

		ProgramReadinessRules stored = this.mongo.findById(PROGRAM, ProgramReadinessRules.class);
		assertThat(stored.roleTracks()).hasSize(writers * tracksEach);
		assertThat(stored.version()).isEqualTo(writers * tracksEach);
		assertThat(this.published).hasSize(writers * tracksEach);
	}

	@Test
	void rulesStoredBeforeVersionsAreChangedAndVersionedFromThen() {
		this.mongo.insert(
				new Document("_id", PROGRAM).append("roleTracks",
						new Document("health-information-technician", List
							.of(new Document("competency", "coding").append("threshold", 60).append("minAnswers", 2)))),
				"readiness_rules");

		this.rules.override(PROGRAM, "track-b", requiring(70));
		this.rules.revert(PROGRAM, "health-information-technician");

		ProgramReadinessRules stored = this.mongo.findById(PROGRAM, ProgramReadinessRules.class);
		assertThat(stored.roleTracks()).isEqualTo(Map.of("track-b", requiring(70)));
		assertThat(stored.version()).isEqualTo(2L);
	}

	private static List<Requirement> requiring(int threshold) {
		return List.of(new Requirement("release-of-information", threshold, 1));
	}

	private static void await(CountDownLatch start) {
		try {
			start.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
