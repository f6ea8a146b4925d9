package io.readyroom.local.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class ListeningProcessesTests {

	private static final String HEADER = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";

	@TempDir
	Path proc;

	@Test
	void findsTheProcessHoldingTheSocketThatListensOnThePort() throws IOException {
		Files.createDirectories(this.proc.resolve("net"));
		Files.writeString(this.proc.resolve("net/tcp"), HEADER
				+ "   0: 0100007F:1F91 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4711 1\n"
				+ "   1: 0100007F:1F91 0100007F:D2F0 01 00000000:00000000 00:00000000 00000000  1000        0 4712 1\n");
		Files.writeString(this.proc.resolve("net/tcp6"), HEADER
				+ "   0: 00000000000000000000000000000000:1F90 00000000000000000000000000000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 815 1\n");
		socket(321, "socket:[4711]");
		socket(654, "socket:[815]");
		Files.createDirectories(this.proc.resolve("self"));

		ListeningProcesses processes = new ListeningProcesses(this.proc);

		assertThat(processes.pidListeningOn(8081)).contains(321L);
		assertThat(processes.pidListeningOn(8080)).contains(654L);
		assertThat(processes.pidListeningOn(9092)).isEmpty();
	}

	@Test
	void findsNothingWithoutProc() {
		assertThat(new ListeningProcesses(this.proc.resolve("missing")).pidListeningOn(8081)).isEmpty();
	}

	private void socket(long pid, String target) throws IOException {
		Path fd = Files.createDirectories(this.proc.resolve(Long.toString(pid)).resolve("fd"));
		Files.createSymbolicLink(fd.resolve("7"), Path.of(target));
	}

}
