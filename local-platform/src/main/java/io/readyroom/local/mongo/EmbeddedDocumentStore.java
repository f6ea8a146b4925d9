package io.readyroom.local.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;

/**
 * mongo-java-server speaking the MongoDB wire protocol, with all databases in one H2
 * file. Every write it acknowledges is in that file: a killed process loses none of them
 * (see {@link CommitBeforeReplyBackend}).
 */
public final class EmbeddedDocumentStore implements AutoCloseable {

	static final String HOST = "localhost";

	static final String STORE_FILE = "readyroom.mv.db";

	private final MongoServer server;

	private final String connectionString;

	private EmbeddedDocumentStore(MongoServer server, String connectionString) {
		this.server = server;
		this.connectionString = connectionString;
	}

	/**
	 * Opens (or creates) the store file in the directory and listens on the address;
	 * clients reach it at {@code localhost}.
	 * @param directory where the store file lives
	 * @param bindAddress the address to listen on, e.g. the loopback address
	 * @param port the port to listen on
	 * @return the running store
	 * @throws IOException if the directory cannot be created
	 */
	public static EmbeddedDocumentStore start(Path directory, String bindAddress, int port) throws IOException {
		Files.createDirectories(directory);
		MongoServer server = new MongoServer(CommitBeforeReplyBackend.open(directory.resolve(STORE_FILE)));
		// on failure bind closes the store file itself, so nothing stays locked
		server.bind(bindAddress, port);
		return new EmbeddedDocumentStore(server, "mongodb://" + HOST + ":" + port);
	}

	public String connectionString() {
		return this.connectionString;
	}

	/**
	 * Disconnects any clients still attached and writes the store file completely.
	 */
	@Override
	public void close() {
		this.server.shutdownNow();
	}

}
