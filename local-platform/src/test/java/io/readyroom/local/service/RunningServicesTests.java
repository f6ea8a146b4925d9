package io.readyroom.local.service;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.awaitility.Awaitility.await;

class RunningServicesTests {

	@TempDir
	Path logs;

	private final List<String> progress = new CopyOnWriteArrayList<>();

	private final ReadinessStub readiness;

	private RunningServices services;

	RunningServicesTests() throws IOException {
		this.readiness = new ReadinessStub();
	}

	@AfterEach
	void stopEverything() {
		if (this.services != null) {
			this.services.stop(Duration.ofSeconds(1));
		}
		this.readiness.close();
	}

	@Test
	void waitsUntilTheServiceReportsReady() throws IOException {
		this.services = RunningServices.launch(List.of(stub("session-service", "run")), this.progress::add);

		this.readiness.becomeReady();
		this.services.awaitReadiness(Duration.ofSeconds(30));

		assertThat(this.progress).contains("session-service is ready at " + this.readiness.baseUrl());
	}

	@Test
	void aServiceThatDiesWhileStartingIsNamedWithTheEndOfItsLog() throws IOException {
		this.services = RunningServices.launch(List.of(stub("scoring-service", "crash")), this.progress::add);

		assertThatExceptionOfType(ServiceStartException.class)
			.isThrownBy(() -> this.services.awaitReadiness(Duration.ofSeconds(30)))
			.withMessageContaining("scoring-service exited with code 3 before it became ready")
			.withMessageContaining("APPLICATION FAILED TO START: no broker at localhost:1")
			.withMessageContaining(this.logs.resolve("scoring-service.log").toString());
	}

	@Test
	void aServiceThatStaysUnreadyFailsAfterTheTimeout() throws IOException {
		this.services = RunningServices.launch(List.of(stub("analytics-service", "run")), this.progress::add);

		assertThatExceptionOfType(ServiceStartException.class)
			.isThrownBy(() -> this.services.awaitReadiness(Duration.ofSeconds(2)))
			.withMessageContaining("analytics-service did not become ready within 2 s")
			.withMessageContaining("stub service starting as 'run'");
	}

	@Test
	void stoppingKillsAServiceThatIgnoresTheRequestToStop() throws IOException {
		this.services = RunningServices.launch(List.of(stub("session-service", "stubborn")), this.progress::add);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(LogTail.lastLines(this.logs.resolve("session-service.log"), 1))
				.containsExactly("stub service starting as 'stubborn'"));

		this.services.stop(Duration.ofSeconds(1));

		assertThat(this.progress).contains("session-service did not stop within 1 s; killing it");
	}

	@Test
	void aServiceEndingAfterStartUpIsReported() throws IOException {
		List<String> exits = new CopyOnWriteArrayList<>();
		this.services = RunningServices.launch(List.of(stub("scoring-service", "crash")), this.progress::add);

		this.services.reportUnexpectedExits(exits::add);

		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(exits).singleElement()
				.asString()
				.contains("scoring-service stopped unexpectedly with exit code 3"));
	}

	@Test
	void servicesDoNotOutliveTheJvmThatLaunchedThem() throws Exception {
		String classpath = testClasses() + File.pathSeparator + mainClasses();
		Process launcher = new ProcessBuilder(javaExecutable(), "-cp", classpath, ExitingLauncher.class.getName(),
				this.logs.toString())
			.redirectErrorStream(true)
			.start();
		long servicePid = Long.parseLong(new String(launcher.getInputStream().readAllBytes()).trim());

		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(ProcessHandle.of(servicePid).filter(ProcessHandle::isAlive)).isEmpty());
	}

	private ServiceLaunch stub(String name, String behaviour) {
		List<String> command = List.of(javaExecutable(), "-cp", testClasses().toString(), StubService.class.getName(),
				behaviour);
		return new ServiceLaunch(name, command, Map.of(), this.logs, this.readiness.baseUrl(),
				this.logs.resolve(name + ".log"));
	}

	private static String javaExecutable() {
		return Path.of(System.getProperty("java.home"), "bin", "java").toString();
	}

	private static Path testClasses() {
		return classesOf(StubService.class);
	}

	private static Path mainClasses() {
		return classesOf(RunningServices.class);
	}

	private static Path classesOf(Class<?> type) {
		try {
			return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
