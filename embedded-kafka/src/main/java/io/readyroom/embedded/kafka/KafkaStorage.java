package io.readyroom.embedded.kafka;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * The broker's log directory, formatted for KRaft with Kafka's own storage formatter.
 */
final class KafkaStorage {

	private final Path logDirectory;

	KafkaStorage(Path logDirectory) {
		this.logDirectory = logDirectory;
	}

	boolean isFormatted() {
		return Files.exists(this.logDirectory.resolve("meta.properties"));
	}

	/**
	 * Formats a fresh directory and leaves a formatted one alone, so a restart keeps its
	 * topics, offsets and cluster id.
	 */
	void formatIfNew() throws Exception {
		if (isFormatted()) {
			return;
		}
		Files.createDirectories(this.logDirectory);
		new Formatter().setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
			.setNodeId(BrokerProperties.NODE_ID)
			.setClusterId(Uuid.randomUuid().toString())
			.setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
			.setMetadataLogDirectory(this.logDirectory.toString())
			.addDirectory(this.logDirectory.toString())
			.run();
	}

}
