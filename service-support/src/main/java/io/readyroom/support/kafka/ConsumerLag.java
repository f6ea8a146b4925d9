package io.readyroom.support.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import org.springframework.context.SmartLifecycle;

/**
 * How far this service's consumer group is behind on each topic it reads, checked from
 * the broker every few seconds, off every request and listener thread: records written
 * but not yet committed by the group, and the pace it commits at. Kafka is the buffer, so
 * a service that falls behind refuses nothing; this is how it says so. Published as the
 * gauges {@code readyroom.consumer.lag} (records) and {@code readyroom.consumer.lag.wait}
 * (seconds those records take at the recent pace; NaN while unknown), tagged by
 * {@code topic} and {@code group}.
 */
public class ConsumerLag implements SmartLifecycle, AutoCloseable {

	private static final Log logger = LogFactory.getLog(ConsumerLag.class);

	private static final Duration PACE_WINDOW = Duration.ofMinutes(1);

	private static final long CALL_TIMEOUT_SECONDS = 5;

	private final Admin admin;

	private final String group;

	private final Duration checkEvery;

	private final Clock clock;

	private final Map<String, ConsumerPace> paces = new ConcurrentHashMap<>();

	private final MultiGauge waitingRecords;

	private final MultiGauge waitSeconds;

	private volatile Map<String, TopicLag> lags = Map.of();

	private volatile ScheduledExecutorService checks;

	public ConsumerLag(Admin admin, String group, Duration checkEvery, MeterRegistry registry, Clock clock) {
		this.admin = admin;
		this.group = group;
		this.checkEvery = checkEvery;
		this.clock = clock;
		this.waitingRecords = MultiGauge.builder("readyroom.consumer.lag")
			.description("Records on the topic that this service's consumer group has not processed yet")
			.baseUnit("records")
			.register(registry);
		this.waitSeconds = MultiGauge.builder("readyroom.consumer.lag.wait")
			.description("Seconds the records waiting take at the group's pace over the last minute")
			.baseUnit("seconds")
			.register(registry);
	}

	/**
	 * The topic's lag at the newest check, empty before the group has committed on it.
	 */
	public Optional<TopicLag> of(String topic) {
		return Optional.ofNullable(this.lags.get(topic));
	}

	/** Reads the group's committed offsets and the topics' end offsets once. */
	void check() throws InterruptedException, ExecutionException, TimeoutException {
		Instant now = this.clock.instant();
		Map<TopicPartition, Long> committed = committedOffsets();
		Set<String> topics = committed.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
		List<TopicPartition> partitions = partitionsOf(topics);
		Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
		// a partition the group never committed on (one added later, say) is unread from
		// its start
		Map<TopicPartition, Long> read = new HashMap<>(
				offsets(partitions.stream().filter((partition) -> !committed.containsKey(partition)).toList(),
						OffsetSpec.earliest()));
		read.putAll(committed);
		Map<String, TopicLag> checked = new HashMap<>();
		for (String topic : topics) {
			long waiting = 0;
			long readTotal = 0;
			for (TopicPartition partition : partitions) {
				if (partition.topic().equals(topic)) {
					long position = read.getOrDefault(partition, 0L);
					waiting += Math.max(0, ends.getOrDefault(partition, position) - position);
					readTotal += position;
				}
			}
			double pace = this.paces.computeIfAbsent(topic, (name) -> new ConsumerPace(PACE_WINDOW))
				.record(now, readTotal);
			checked.put(topic, new TopicLag(topic, waiting, pace, now));
		}
		this.lags = Map.copyOf(checked);
		publish(checked.values());
	}

	private Map<TopicPartition, Long> committedOffsets()
			throws InterruptedException, ExecutionException, TimeoutException {
		Map<TopicPartition, OffsetAndMetadata> offsets = this.admin.listConsumerGroupOffsets(this.group)
			.partitionsToOffsetAndMetadata()
			.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		return offsets.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() != null)
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
	}

	private List<TopicPartition> partitionsOf(Set<String> topics)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (topics.isEmpty()) {
			return List.of();
		}
		Map<String, TopicDescription> descriptions = this.admin.describeTopics(topics)
			.allTopicNames()
			.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		return descriptions.values()
			.stream()
			.flatMap((description) -> description.partitions()
				.stream()
				.map((partition) -> new TopicPartition(description.name(), partition.partition())))
			.toList();
	}

	private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec)
			throws InterruptedException, ExecutionException, TimeoutException {
		if (partitions.isEmpty()) {
			return Map.of();
		}
		Map<TopicPartition, ListOffsetsResultInfo> offsets = this.admin
			.listOffsets(partitions.stream().collect(Collectors.toMap(Function.identity(), (partition) -> spec)))
			.all()
			.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		return offsets.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().offset()));
	}

	private void publish(Collection<TopicLag> checked) {
		this.waitingRecords.register(checked.stream()
			.map((lag) -> MultiGauge.Row.of(tagsOf(lag), lag.waiting()))
			.collect(Collectors.toList()), true);
		this.waitSeconds.register(checked.stream()
			.map((lag) -> MultiGauge.Row.of(tagsOf(lag),
					lag.estimatedWait().map((wait) -> wait.toMillis() / 1000.0).orElse(Double.NaN)))
			.collect(Collectors.toList()), true);
	}

	private Tags tagsOf(TopicLag lag) {
		return Tags.of("topic", lag.topic(), "group", this.group);
	}

	private void checkQuietly() {
		try {
			check();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (ExecutionException | TimeoutException | RuntimeException ex) {
			// the broker being away is reported by the clients themselves; the last
			// figures stay, with the time they were measured at
			logger.debug("Could not read the lag of consumer group " + this.group, ex);
		}
	}

	@Override
	public void start() {
		this.checks = Executors.newSingleThreadScheduledExecutor((task) -> {
			Thread thread = new Thread(task, "consumer-lag-" + this.group);
			thread.setDaemon(true);
			return thread;
		});
		this.checks.scheduleWithFixedDelay(this::checkQuietly, 0, this.checkEvery.toMillis(), TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		ScheduledExecutorService running = this.checks;
		this.checks = null;
		if (running != null) {
			running.shutdownNow();
		}
	}

	@Override
	public void close() {
		this.admin.close(Duration.ofSeconds(1));
	}

	@Override
	public boolean isRunning() {
		return this.checks != null;
	}

}
