package io.readyroom.local.mongo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.awaitility.Awaitility.await;

/**
 * A document store in a JVM of its own, so a test can kill it the way the launcher gets
 * killed: {@code kill -9}, with no shutdown hook and no last commit.
 */
final class DocumentStoreProcess implements AutoCloseable {

	private static final String READY_FILE = "store.ready";

	private final Process process;

	private final int port;

	private DocumentStoreProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts the store in a child JVM on the test's class path and waits until it
	 * listens.
	 */
	static DocumentStoreProcess start(Path directory, int port, StoreCommitMode mode) throws IOException {
		Path ready = directory.resolve(READY_FILE);
		Files.deleteIfExists(ready);
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Xmx256m",
				DocumentStoreProcess.class.getName(), directory.toString(), String.valueOf(port), mode.name()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(directory.resolveSibling(directory.getFileName() + "-store.log").toFile())
			.start();
		DocumentStoreProcess store = new DocumentStoreProcess(process, port);
		try {
			await().atMost(Duration.ofSeconds(60)).until(() -> Files.exists(ready) || !process.isAlive());
		}
		catch (RuntimeException ex) {
			store.close();
			throw ex;
		}
		if (!process.isAlive()) {
			throw new IllegalStateException("The store process exited with " + process.exitValue());
		}
		return store;
	}

	String connectionString() {
		return "mongodb://" + EmbeddedDocumentStore.HOST + ":" + this.port;
	}

	/** Kills the store at once, as {@code kill -9} does, and waits until it is gone. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

	@Override
	public void close() {
		this.process.destroyForcibly();
	}

	/**
	 * Runs the store until it is killed.
	 * @param args the store's directory, its port and a {@link StoreCommitMode}
	 */
	public static void main(String[] args) throws Exception {
		Path directory = Path.of(args[0]);
		StoreCommitMode.valueOf(args[2]).start(directory, Integer.parseInt(args[1]));
		Files.createFile(directory.resolve(READY_FILE));
		Thread.currentThread().join();
	}

}
