package io.readyroom.faults;

import java.net.URI;

import io.readyroom.local.FreePorts;

/**
 * The ports one fault-suite stack listens on, free ones picked at the start, so the suite
 * never meets a platform someone else runs on the default ports.
 */
record StackPorts(int kafka, int mongo, int identity, int session, int scoring, int analytics, int secondAnalytics,
		int unusedIdentity) {

	static StackPorts free() {
		return new StackPorts(FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(), FreePorts.pick(),
				FreePorts.pick(), FreePorts.pick(), FreePorts.pick());
	}

	String kafkaBootstrap() {
		return "localhost:" + this.kafka;
	}

	String mongoUri() {
		return "mongodb://localhost:" + this.mongo;
	}

	URI issuer() {
		return URI.create("http://localhost:" + this.identity);
	}

	static URI local(int port) {
		return URI.create("http://localhost:" + port);
	}

}
