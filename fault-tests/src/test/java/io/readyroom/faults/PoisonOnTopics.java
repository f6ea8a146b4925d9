package io.readyroom.faults;

import java.util.ArrayList;
import java.util.List;

/**
 * A poison record (not JSON) on each of the given topics while answers flow. Each must
 * reach its dead-letter topic on the first attempt, and its partition keep flowing.
 */
final class PoisonOnTopics implements Fault {

	private final String name;

	private final List<String> topics;

	private List<Poison.Sent> sent = List.of();

	PoisonOnTopics(String name, List<String> topics) {
		this.name = name;
		this.topics = List.copyOf(topics);
	}

	static PoisonOnTopics everyTopic() {
		return new PoisonOnTopics("poison record on every topic", new ArrayList<>(Poison.CONSUMERS.keySet()));
	}

	static PoisonOnTopics answersTopic() {
		return new PoisonOnTopics("poison record on readyroom.answers", List.of(io.readyroom.contracts.Topics.ANSWERS));
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public void inject(FaultContext context) {
		this.sent = new Poison(context.kafka()).send(this.topics, context.practisingLearner());
	}

	@Override
	public boolean recovered(FaultContext context) {
		Poison poison = new Poison(context.kafka());
		return this.sent.stream().allMatch(poison::handled);
	}

	@Override
	public List<String> problems(FaultContext context) {
		Poison poison = new Poison(context.kafka());
		List<java.nio.file.Path> logs = List.of(context.stack().log(StackPart.SCORING_SERVICE),
				context.stack().log(StackPart.ANALYTICS_SERVICE),
				context.stack().log(StackPart.SECOND_ANALYTICS_SERVICE));
		return this.sent.stream().flatMap((record) -> poison.problemsWith(record, logs).stream()).toList();
	}

}
