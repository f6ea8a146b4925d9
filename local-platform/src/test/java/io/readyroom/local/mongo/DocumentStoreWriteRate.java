package io.readyroom.local.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.bson.Document;

import io.readyroom.local.FreePorts;

/**
 * Prints how many acknowledged writes a second the store takes in each
 * {@link StoreCommitMode}, from one client and from several at once: what committing
 * before each reply costs. A load run to read, not a test; docs/reliability.md says how
 * to run it and what it printed here.
 */
final class DocumentStoreWriteRate {

	private static final int WRITES_PER_CLIENT = 2_000;

	private DocumentStoreWriteRate() {
	}

	public static void main(String[] args) throws Exception {
		for (StoreCommitMode mode : StoreCommitMode.values()) {
			for (int clients : new int[] { 1, 8 }) {
				Path directory = Files.createTempDirectory("store-write-rate");
				int port = FreePorts.pick();
				try (AutoCloseable store = mode.start(directory, port);
						MongoClient client = MongoClients.create("mongodb://localhost:" + port)) {
					MongoCollection<Document> answers = client.getDatabase("write-rate").getCollection("answers");
					write(answers, "warm-up", 1, 200);
					long started = System.nanoTime();
					write(answers, "run", clients, WRITES_PER_CLIENT);
					double seconds = (System.nanoTime() - started) / 1e9;
					int writes = clients * WRITES_PER_CLIENT;
					System.out.printf("%-12s %d client(s): %,d inserts in %.2f s = %,.0f writes/s; file %,d KiB%n",
							mode, clients, writes, seconds, writes / seconds,
							Files.size(directory.resolve(EmbeddedDocumentStore.STORE_FILE)) / 1024);
				}
			}
		}
	}

	private static void write(MongoCollection<Document> answers, String run, int clients, int writesPerClient)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				String prefix = run + "-" + c + "-";
				done.add(pool.submit(() -> {
					for (int i = 0; i < writesPerClient; i++) {
						answers.insertOne(new Document("_id", prefix + i).append("learnerId", "learner-" + i % 50)
							.append("text", "I verify the requester's identity and authorization first."));
					}
				}));
			}
			for (Future<?> each : done) {
				each.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

}
