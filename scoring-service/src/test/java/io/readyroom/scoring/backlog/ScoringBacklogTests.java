package io.readyroom.scoring.backlog;

import java.io.UnsupportedEncodingException;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.readyroom.embedded.kafka.EmbeddedKafkaBroker;
import com.jayway.jsonpath.JsonPath;

import io.readyroom.contracts.Topics;
import io.readyroom.testsupport.EmbeddedInfrastructure;
import io.readyroom.testsupport.TestCallers;
import io.readyroom.testsupport.TestIdentity;
import io.readyroom.testsupport.TestTokens;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The backlog a learner is shown is scoring's real one: answers pile up while scoring's
 * listener is stopped and drain when it runs again.
 */
@SpringBootTest(properties = "readyroom.events.lag-check-every=200ms")
@AutoConfigureMockMvc
@Import({ EmbeddedInfrastructure.class, TestIdentity.class })
class ScoringBacklogTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private TestTokens tokens;

	@Autowired
	private KafkaListenerEndpointRegistry listeners;

	@Autowired
	private EmbeddedKafkaBroker broker;

	@Test
	void answersWaitWhileScoringIsStoppedAndTheBacklogSaysHowMany() throws Exception {
		// scoring reads the topic once, so its group has a position to be behind of
		send("not an answer");
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(backlog("$.answersWaiting")).isEqualTo(0));
		assertThat(backlog("$.estimatedWaitSeconds")).isEqualTo(0);

		MessageListenerContainer scoring = answersListener();
		scoring.stop();
		try {
			for (int i = 0; i < 3; i++) {
				send("not an answer either " + i);
			}
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(backlog("$.answersWaiting")).isEqualTo(3));
		}
		finally {
			scoring.start();
		}
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(backlog("$.answersWaiting")).isEqualTo(0));
	}

	@Test
	void onlySignedInCallersReadTheBacklog() {
		assertThat(this.mvc.get().uri("/api/scoring/backlog")).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(this.mvc.get()
			.uri("/api/scoring/backlog")
			.header(HttpHeaders.AUTHORIZATION,
					this.tokens.bearer(TestCallers.learner("ana", "demo-program", "cohort-a"))))
			.hasStatusOk();
	}

	private Object backlog(String path) throws UnsupportedEncodingException {
		String body = this.mvc.get()
			.uri("/api/scoring/backlog")
			.header(HttpHeaders.AUTHORIZATION,
					this.tokens.bearer(TestCallers.learner("ana", "demo-program", "cohort-a")))
			.exchange()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, path);
	}

	private MessageListenerContainer answersListener() {
		return this.listeners.getListenerContainers()
			.stream()
			.filter((container) -> container.getContainerProperties().getTopics() != null
					&& List.of(container.getContainerProperties().getTopics()).contains(Topics.ANSWERS))
			.findFirst()
			.orElseThrow();
	}

	/** Unreadable records: scoring dead-letters them at once, which is all this needs. */
	private void send(String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of("bootstrap.servers", this.broker.bootstrapServers()), new StringSerializer(),
				new StringSerializer())) {
			producer.send(new ProducerRecord<>(Topics.ANSWERS, "learner-" + value.length(), value)).get();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
