package io.readyroom.local.service;

import java.io.IOException;
import java.net.URI;

import io.readyroom.local.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadinessProbeTests {

	private final ReadinessStub service;

	private final ReadinessProbe probe = new ReadinessProbe();

	ReadinessProbeTests() throws IOException {
		this.service = new ReadinessStub();
	}

	@AfterEach
	void stopStub() {
		this.service.close();
	}

	@Test
	void aServiceAnsweringUpIsReady() {
		this.service.becomeReady();

		assertThat(this.probe.isReady(this.service.baseUrl())).isTrue();
	}

	@Test
	void aServiceStillOutOfServiceIsNotReady() {
		this.service.answer(503, "{\"status\":\"OUT_OF_SERVICE\"}");

		assertThat(this.probe.isReady(this.service.baseUrl())).isFalse();
	}

	@Test
	void aServiceAnsweringOkWithoutUpIsNotReady() {
		this.service.answer(200, "{\"status\":\"DOWN\"}");

		assertThat(this.probe.isReady(this.service.baseUrl())).isFalse();
	}

	@Test
	void aServiceNotListeningYetIsNotReady() {
		assertThat(this.probe.isReady(URI.create("http://localhost:" + FreePorts.pick()))).isFalse();
	}

}
