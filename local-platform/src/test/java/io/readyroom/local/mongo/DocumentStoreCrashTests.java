package io.readyroom.local.mongo;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.readyroom.local.FreePorts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store is killed right after its last acknowledgement and opened again from its
 * file. {@code -Dreadyroom.crash-test.commit-mode=BACKGROUND} runs the same tests against
 * the H2 backend as it comes, which loses the last writes.
 */
class DocumentStoreCrashTests {

	private static final int WRITES = 400;

	private static final StoreCommitMode MODE = StoreCommitMode
		.valueOf(System.getProperty("readyroom.crash-test.commit-mode", StoreCommitMode.BEFORE_REPLY.name()));

	@TempDir
	Path temporary;

	@Test
	void everyAcknowledgedInsertIsInTheFileAfterTheStoreIsKilled() throws Exception {
		Path directory = this.temporary.resolve("store");
		try (DocumentStoreProcess store = DocumentStoreProcess.start(directory, FreePorts.pick(), MODE);
				MongoClient client = client(store)) {
			for (int i = 0; i < WRITES; i++) {
				answers(client).insertOne(new Document("_id", "answer-" + i).append("text", "Answer " + i));
			}
			store.kill();
		}

		try (EmbeddedDocumentStore reopened = reopen(directory); MongoClient client = client(reopened)) {
			assertThat(answers(client).countDocuments()).isEqualTo(WRITES);
			assertThat(answers(client).find(Filters.eq("_id", "answer-" + (WRITES - 1))).first()).containsEntry("text",
					"Answer " + (WRITES - 1));
		}
	}

	@Test
	void everyAcknowledgedUpdateAndDeleteIsInTheFileAfterTheStoreIsKilled() throws Exception {
		Path directory = this.temporary.resolve("store");
		long lastAcknowledged;
		try (DocumentStoreProcess store = DocumentStoreProcess.start(directory, FreePorts.pick(), MODE);
				MongoClient client = client(store)) {
			answers(client).insertOne(new Document("_id", "withdrawn"));
			Document counter = null;
			for (int i = 0; i < WRITES; i++) {
				counter = answers(client).findOneAndUpdate(Filters.eq("_id", "counter"), Updates.inc("count", 1),
						new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER));
			}
			answers(client).deleteOne(Filters.eq("_id", "withdrawn"));
			lastAcknowledged = counter.getInteger("count");
			store.kill();
		}

		try (EmbeddedDocumentStore reopened = reopen(directory); MongoClient client = client(reopened)) {
			assertThat(answers(client).find(Filters.eq("_id", "counter")).first()).containsEntry("count",
					(int) lastAcknowledged);
			assertThat(answers(client).countDocuments(Filters.eq("_id", "withdrawn"))).isZero();
		}
	}

	private static EmbeddedDocumentStore reopen(Path directory) throws Exception {
		return EmbeddedDocumentStore.start(directory, InetAddress.getLoopbackAddress().getHostAddress(),
				FreePorts.pick());
	}

	private static MongoClient client(DocumentStoreProcess store) {
		return client(store.connectionString());
	}

	private static MongoClient client(EmbeddedDocumentStore store) {
		return client(store.connectionString());
	}

	/**
	 * Acknowledged writes, the driver's default, said out loud since the tests are about
	 * them.
	 */
	private static MongoClient client(String connectionString) {
		return MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString(connectionString))
			.writeConcern(WriteConcern.W1)
			.applyToClusterSettings((cluster) -> cluster.serverSelectionTimeout(30, TimeUnit.SECONDS))
			.build());
	}

	private static MongoCollection<Document> answers(MongoClient client) {
		return client.getDatabase("crash-check").getCollection("answers");
	}

}
