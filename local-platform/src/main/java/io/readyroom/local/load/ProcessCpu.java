package io.readyroom.local.load;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The CPU time each of the platform's processes spends over the load, found by the ports
 * they listen on. The broker and the document store share the launcher's process, so
 * parts on one process are reported together.
 */
final class ProcessCpu {

	private final Map<Long, List<PlatformPart>> partsByPid;

	private final Map<Long, Duration> cpuAtStart = new LinkedHashMap<>();

	private Instant startedAt = Instant.now();

	private ProcessCpu(Map<Long, List<PlatformPart>> partsByPid) {
		this.partsByPid = partsByPid;
	}

	static ProcessCpu of(LoadOptions options, ListeningProcesses processes) {
		Map<Long, List<PlatformPart>> partsByPid = new LinkedHashMap<>();
		for (PlatformPart part : PlatformPart.values()) {
			processes.pidListeningOn(options.port(part))
				.ifPresent((pid) -> partsByPid.computeIfAbsent(pid, (key) -> new ArrayList<>()).add(part));
		}
		return new ProcessCpu(partsByPid);
	}

	void start() {
		this.startedAt = Instant.now();
		this.partsByPid.keySet().forEach((pid) -> cpuOf(pid).ifPresent((cpu) -> this.cpuAtStart.put(pid, cpu)));
	}

	/** Each process's CPU time since {@link #start()}, in the order of the parts. */
	List<Usage> sinceStart() {
		Duration wall = Duration.between(this.startedAt, Instant.now());
		List<Usage> usages = new ArrayList<>();
		this.cpuAtStart.forEach((pid, atStart) -> cpuOf(pid)
			.ifPresent((now) -> usages.add(new Usage(pid, this.partsByPid.get(pid), now.minus(atStart), wall))));
		return usages;
	}

	private static Optional<Duration> cpuOf(long pid) {
		return ProcessHandle.of(pid).flatMap((process) -> process.info().totalCpuDuration());
	}

	/**
	 * @param cpu user and system CPU time the process took
	 * @param wall the time it took it in
	 */
	record Usage(long pid, List<PlatformPart> parts, Duration cpu, Duration wall) {

		/** Cores kept busy on average: 1.0 is one core all the time. */
		double cores() {
			return this.wall.isZero() ? 0 : (double) this.cpu.toNanos() / this.wall.toNanos();
		}

		String name() {
			return String.join(" + ", this.parts.stream().map(PlatformPart::displayName).toList());
		}

	}

}
