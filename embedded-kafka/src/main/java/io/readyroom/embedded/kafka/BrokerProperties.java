package io.readyroom.embedded.kafka;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Configuration of a single node that is broker and KRaft controller at once.
 *
 * @param logDirectory where the broker keeps partitions and the metadata log
 * @param bindAddress the address the client listener binds to; the controller listener is
 * used only inside the node and stays on the loopback address
 * @param port the client listener's port
 * @param controllerPort the controller listener's port
 */
record BrokerProperties(Path logDirectory, String bindAddress, int port, int controllerPort) {

	static final int NODE_ID = 1;

	static final String CONTROLLER_LISTENER = "CONTROLLER";

	static final String HOST = "localhost";

	static final String LOOPBACK = "127.0.0.1";

	String bootstrapServers() {
		return HOST + ":" + this.port;
	}

	Map<String, String> asMap() {
		Map<String, String> properties = new HashMap<>();
		properties.put("process.roles", "broker,controller");
		properties.put("node.id", Integer.toString(NODE_ID));
		// a static quorum of one: the controller port may change on every start without
		// harm
		properties.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + this.controllerPort);
		properties.put("controller.listener.names", CONTROLLER_LISTENER);
		properties.put("listeners", "PLAINTEXT://" + this.bindAddress + ":" + this.port + "," + CONTROLLER_LISTENER
				+ "://" + LOOPBACK + ":" + this.controllerPort);
		properties.put("advertised.listeners", "PLAINTEXT://" + bootstrapServers());
		properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
		properties.put("inter.broker.listener.name", "PLAINTEXT");
		properties.put("log.dirs", this.logDirectory.toString());
		properties.putAll(singleNodeInternalTopics());
		// consumers join at once instead of waiting for peers that never come
		properties.put("group.initial.rebalance.delay.ms", "0");
		// scoring replays history when a rubric changes, so a local install keeps it all
		properties.put("log.retention.ms", "-1");
		// the cleaner looks for erased answers to compact every second, not every 15 s,
		// so
		// an erasure leaves the local disk soon after the answers topic rolls a segment
		properties.put("log.cleaner.backoff.ms", "1000");
		return properties;
	}

	private static Map<String, String> singleNodeInternalTopics() {
		return Map.of("offsets.topic.replication.factor", "1", "offsets.topic.num.partitions", "10",
				"transaction.state.log.replication.factor", "1", "transaction.state.log.min.isr", "1",
				"share.coordinator.state.topic.replication.factor", "1", "share.coordinator.state.topic.min.isr", "1");
	}

}
