package io.readyroom.faults;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * A second analytics-service joins the first in its consumer group, sharing the
 * partitions and the store; once both consume, the first is killed with kill -9 (the
 * second takes over its partitions) and started again.
 */
record SecondAnalyticsInstanceKilled() implements Fault {

	@Override
	public String name() {
		return "two analytics instances, one killed -9";
	}

	@Override
	public void inject(FaultContext context) {
		if (!context.stack().isRunning(StackPart.SECOND_ANALYTICS_SERVICE)) {
			context.stack().launch(StackPart.SECOND_ANALYTICS_SERVICE);
		}
		await("the second analytics instance holding partitions").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofSeconds(1))
			.until(() -> context.kafka()
				.partitionsHeldBy(Backlog.ANALYTICS_GROUP, FaultStack.SECOND_ANALYTICS_CLIENT_ID) > 0);
		context.stack().killHard(StackPart.ANALYTICS_SERVICE);
		context.stack().restart(StackPart.ANALYTICS_SERVICE);
	}

}
