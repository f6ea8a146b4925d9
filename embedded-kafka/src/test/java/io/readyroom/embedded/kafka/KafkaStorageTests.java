package io.readyroom.embedded.kafka;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaStorageTests {

	@TempDir
	Path dataDirectory;

	@Test
	void aNewDirectoryIsFormattedForKRaft() throws Exception {
		KafkaStorage storage = new KafkaStorage(this.dataDirectory.resolve("kafka"));

		storage.formatIfNew();

		assertThat(storage.isFormatted()).isTrue();
		assertThat(Files.readString(this.dataDirectory.resolve("kafka/meta.properties"))).contains("node.id=1")
			.contains("cluster.id=");
	}

	@Test
	void aFormattedDirectoryKeepsItsClusterId() throws Exception {
		KafkaStorage storage = new KafkaStorage(this.dataDirectory.resolve("kafka"));
		storage.formatIfNew();
		String firstFormat = Files.readString(this.dataDirectory.resolve("kafka/meta.properties"));

		storage.formatIfNew();

		assertThat(Files.readString(this.dataDirectory.resolve("kafka/meta.properties"))).isEqualTo(firstFormat);
	}

}
