package io.readyroom.local.mongo;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * How a store under test commits its file: as the launcher's store does, or as
 * mongo-java-server does on its own (in the background about once a second), which is
 * kept only to show what the launcher's store gets right.
 */
enum StoreCommitMode {

	/** {@link EmbeddedDocumentStore}, committing before each reply. */
	BEFORE_REPLY {
		@Override
		AutoCloseable start(Path directory, int port) throws IOException {
			return EmbeddedDocumentStore.start(directory, loopback(), port);
		}
	},

	/** The H2 backend as it comes. */
	BACKGROUND {
		@Override
		AutoCloseable start(Path directory, int port) throws IOException {
			Files.createDirectories(directory);
			MongoServer server = new MongoServer(
					new H2Backend(directory.resolve(EmbeddedDocumentStore.STORE_FILE).toString()));
			server.bind(loopback(), port);
			return server::shutdownNow;
		}
	};

	abstract AutoCloseable start(Path directory, int port) throws IOException;

	private static String loopback() {
		return InetAddress.getLoopbackAddress().getHostAddress();
	}

}
