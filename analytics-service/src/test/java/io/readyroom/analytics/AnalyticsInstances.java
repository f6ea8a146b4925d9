package io.readyroom.analytics;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import io.readyroom.embedded.kafka.EmbeddedKafkaBroker;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.readyroom.testsupport.TestTokens;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Instances of analytics-service, each its own Spring Boot application context as a
 * separate process would be, sharing one embedded Kafka broker (so one consumer group)
 * and one embedded store, as several instances share a cluster.
 */
final class AnalyticsInstances implements AutoCloseable {

	private final EmbeddedKafkaBroker broker;

	private final MongoServer store = new MongoServer(new MemoryBackend());

	private final TestTokens tokens = TestTokens.start();

	private final List<ConfigurableApplicationContext> started = new ArrayList<>();

	AnalyticsInstances() throws Exception {
		this.broker = EmbeddedKafkaBroker.startTemporary(3);
		this.store.bind("localhost", 0);
	}

	String bootstrapServers() {
		return this.broker.bootstrapServers();
	}

	/**
	 * Starts an instance.
	 * @param settings further settings, {@code name=value}
	 */
	ConfigurableApplicationContext start(String... settings) {
		InetSocketAddress address = this.store.getLocalAddress();
		List<String> arguments = new ArrayList<>(List.of("spring.kafka.bootstrap-servers=" + bootstrapServers(),
				"spring.mongodb.uri=mongodb://" + address.getHostString() + ":" + address.getPort(), "server.port=0",
				"readyroom.security.issuer-uri=" + TestTokens.ISSUER,
				"readyroom.security.jwk-set-uri=" + this.tokens.jwkSetUri()));
		arguments.addAll(List.of(settings));
		// as command-line arguments, which outrank application.yml as they do in a real
		// start
		ConfigurableApplicationContext instance = new SpringApplicationBuilder(AnalyticsServiceApplication.class)
			.run(arguments.stream().map((argument) -> "--" + argument).toArray(String[]::new));
		this.started.add(instance);
		return instance;
	}

	@Override
	public void close() {
		this.started.forEach(ConfigurableApplicationContext::close);
		this.tokens.close();
		this.store.shutdownNow();
		this.broker.close();
	}

}
