package io.readyroom.local;

import java.util.Arrays;
import java.util.List;

import io.readyroom.local.load.LoadCommand;

/**
 * The launcher's entry point: {@code token} prints an access token of the running
 * platform, {@code load} drives it with many learners; anything else, or {@code start},
 * starts the platform.
 */
public final class ReadyroomCommand {

	private ReadyroomCommand() {
	}

	public static void main(String[] args) throws InterruptedException {
		String command = (args.length > 0) ? args[0] : "";
		String[] rest = (args.length > 0) ? Arrays.copyOfRange(args, 1, args.length) : args;
		switch (command) {
			case "token" -> System.exit(new TokenCommand(System.out, System.err).run(List.of(rest)));
			case "load" -> System.exit(new LoadCommand(System.out, System.err).run(List.of(rest)));
			case "start" -> StartCommand.main(rest);
			default -> StartCommand.main(args);
		}
	}

}
