package io.readyroom.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds TCP ports nobody listens on, for tests that run beside other things.
 */
public final class FreePorts {

	private FreePorts() {
	}

	/**
	 * A port that was free a moment ago; another process could still take it before the
	 * caller binds it, which is rare enough for tests.
	 * @return a free port on the loopback interface
	 */
	public static int pick() {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(false);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free port on the loopback interface", ex);
		}
	}

}
