package io.readyroom.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.readyroom.local.service.ActuatorEndpoints;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.bson.Document;

import static org.awaitility.Awaitility.await;

/**
 * Waits, bounded, until a part of the stack does its job: the broker answers an admin
 * request, the store a ping, a service its readiness probe. A part that exits while
 * starting fails the wait at once, naming its log.
 */
final class Readiness {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(5);

	private final StackPorts ports;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

	Readiness(StackPorts ports) {
		this.ports = ports;
	}

	void awaitReady(StackPart part, ChildProcess process) {
		await(part.processName() + " ready; its log: " + process.log()).atMost(FaultStack.readyTimeout())
			.pollInterval(Duration.ofMillis(500))
			.until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException(
							part.processName() + " exited while starting; see " + process.log());
				}
				return isReady(part);
			});
	}

	boolean isReady(StackPart part) {
		return switch (part) {
			case BROKER -> brokerAnswers();
			case STORE -> storeAnswers();
			case IDENTITY_SERVER -> answers200(this.ports.issuer().resolve("/.well-known/openid-configuration"));
			default -> answers200(StackPorts.local(portOf(part)).resolve(ActuatorEndpoints.READINESS));
		};
	}

	private int portOf(StackPart part) {
		return switch (part) {
			case SESSION_SERVICE -> this.ports.session();
			case SCORING_SERVICE -> this.ports.scoring();
			case ANALYTICS_SERVICE -> this.ports.analytics();
			case SECOND_ANALYTICS_SERVICE -> this.ports.secondAnalytics();
			default -> throw new IllegalArgumentException(part + " has no readiness probe");
		};
	}

	private boolean brokerAnswers() {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.ports.kafkaBootstrap(),
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				5000))) {
			return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
		}
		catch (Exception ex) {
			return false;
		}
	}

	private boolean storeAnswers() {
		try (MongoClient client = MongoClients
			.create(this.ports.mongoUri() + "/?serverSelectionTimeoutMS=3000&connectTimeoutMS=3000")) {
			client.getDatabase("admin").runCommand(new Document("ping", 1));
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private boolean answers200(URI uri) {
		try {
			HttpResponse<Void> response = this.http.send(HttpRequest.newBuilder(uri).timeout(PROBE_TIMEOUT).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
