package io.readyroom.local;

import java.net.URI;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The token command's arguments: whom to sign in, and where the identity server runs.
 *
 * @param username whom to sign in; {@code null} when only help was asked for
 * @param password their password, or {@code null} for the demo account's
 * @param identityPort the port of the local identity server
 */
record TokenOptions(@Nullable String username, @Nullable String password, int identityPort) {

	static final String USAGE = """
			Usage: ./readyroom token USERNAME [PASSWORD] [--identity-port PORT]

			Signs USERNAME in at the identity server of the running local platform and prints
			an access token, to call the services with:

			  TOKEN=$(./readyroom token ana)
			  curl -H "Authorization: Bearer $TOKEN" localhost:8083/api/learners/ana/profile

			PASSWORD defaults to the demo account's password. A token expires after 30 minutes,
			and when the platform restarts.

			Options:
			  --identity-port PORT  port of the identity server (default: 9000)
			  -h, --help            print this help
			""";

	/**
	 * @param arguments the arguments after {@code token}
	 * @return the options
	 * @throws IllegalArgumentException naming what is missing, unknown or too much
	 */
	static TokenOptions parse(List<String> arguments) {
		List<String> positional = new ArrayList<>();
		int identityPort = LocalPlatformSettings.DEFAULT_IDENTITY_PORT;
		Iterator<String> remaining = arguments.iterator();
		while (remaining.hasNext()) {
			String argument = remaining.next();
			if (argument.equals("-h") || argument.equals("--help")) {
				return new TokenOptions(null, null, identityPort);
			}
			if (argument.equals("--identity-port")) {
				identityPort = portOf(remaining.hasNext() ? remaining.next() : "");
			}
			else if (argument.startsWith("--identity-port=")) {
				identityPort = portOf(argument.substring("--identity-port=".length()));
			}
			else if (argument.startsWith("-")) {
				throw new IllegalArgumentException("Unknown option " + argument);
			}
			else {
				positional.add(argument);
			}
		}
		if (positional.isEmpty()) {
			throw new IllegalArgumentException("Whom to sign in? Name a user, e.g. ./readyroom token ana");
		}
		if (positional.size() > 2) {
			throw new IllegalArgumentException("Too many arguments: " + positional.subList(2, positional.size()));
		}
		return new TokenOptions(positional.get(0), (positional.size() == 2) ? positional.get(1) : null, identityPort);
	}

	boolean helpRequested() {
		return this.username == null;
	}

	URI issuerUri() {
		return URI.create("http://localhost:" + this.identityPort);
	}

	private static int portOf(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port >= 1 && port <= 65535) {
				return port;
			}
		}
		catch (NumberFormatException ex) {
			// reported below, like a number out of range
		}
		throw new IllegalArgumentException("--identity-port needs a port between 1 and 65535, not '" + value + "'");
	}

}
