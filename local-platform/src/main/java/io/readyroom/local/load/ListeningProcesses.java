package io.readyroom.local.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which process listens on a TCP port, read from Linux's {@code /proc}: the socket's
 * inode from {@code /proc/net/tcp} and {@code tcp6}, then the process holding it among
 * the processes this user may look into. Elsewhere, nothing is found.
 */
final class ListeningProcesses {

	private static final String LISTEN = "0A";

	private final Path proc;

	ListeningProcesses(Path proc) {
		this.proc = proc;
	}

	static ListeningProcesses ofThisMachine() {
		return new ListeningProcesses(Path.of("/proc"));
	}

	Optional<Long> pidListeningOn(int port) {
		Optional<String> inode = listeningInodes().entrySet()
			.stream()
			.filter((entry) -> entry.getKey() == port)
			.map(Map.Entry::getValue)
			.findFirst();
		return inode.flatMap(this::pidHolding);
	}

	/** Listening ports and their sockets' inodes. */
	Map<Integer, String> listeningInodes() {
		Map<Integer, String> inodes = new HashMap<>();
		for (String table : List.of("net/tcp", "net/tcp6")) {
			for (String line : lines(this.proc.resolve(table))) {
				String[] fields = line.trim().split("\\s+");
				if (fields.length > 9 && fields[3].equals(LISTEN)) {
					String localAddress = fields[1];
					int port = Integer.parseInt(localAddress.substring(localAddress.indexOf(':') + 1), 16);
					inodes.putIfAbsent(port, fields[9]);
				}
			}
		}
		return inodes;
	}

	private Optional<Long> pidHolding(String inode) {
		String socket = "socket:[" + inode + "]";
		try (Stream<Path> processes = Files.list(this.proc)) {
			return processes.filter((path) -> path.getFileName().toString().chars().allMatch(Character::isDigit))
				.filter((process) -> holds(process, socket))
				.map((process) -> Long.parseLong(process.getFileName().toString()))
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static boolean holds(Path process, String socket) {
		try (Stream<Path> descriptors = Files.list(process.resolve("fd"))) {
			return descriptors.anyMatch((descriptor) -> socket.equals(linkOf(descriptor)));
		}
		catch (IOException | SecurityException ex) {
			// another user's process, or one that just ended
			return false;
		}
	}

	private static String linkOf(Path descriptor) {
		try {
			return Files.readSymbolicLink(descriptor).toString();
		}
		catch (IOException ex) {
			return "";
		}
	}

	private static List<String> lines(Path table) {
		try {
			List<String> lines = Files.readAllLines(table);
			return lines.isEmpty() ? lines : lines.subList(1, lines.size());
		}
		catch (IOException ex) {
			return List.of();
		}
	}

}
