package io.readyroom.local;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import io.readyroom.local.load.LoadCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;
import picocli.CommandLine.ScopeType;

/**
 * The launcher's entry point, {@code ./readyroom}: {@code token} prints an access token
 * of the running platform, {@code load} drives it with many learners; {@code start}, or
 * no command at all, starts the platform.
 */
@Command(name = "./readyroom", sortOptions = false,
		customSynopsis = { "./readyroom [start] [options]",
				"       ./readyroom token USERNAME [PASSWORD] [--identity-port PORT]",
				"       ./readyroom load [--learners N] [--answers N | --duration SECONDS] [--rate N] [PORT OPTIONS]" },
		description = ReadyroomCommand.DESCRIPTION, descriptionHeading = "%n", optionListHeading = "%nOptions:%n",
		commandListHeading = "%nCommands:%n", footerHeading = "%nEnvironment variables:%n",
		footer = StartOptions.ENVIRONMENT)
public final class ReadyroomCommand implements Callable<Integer> {

	/**
	 * What starting does, for the help of {@code ./readyroom} and
	 * {@code ./readyroom start}.
	 */
	static final String DESCRIPTION = "Starts Kafka, the document store, the identity server, the three Readyroom"
			+ " services and the web app on this machine, waits until every part is ready and prints the address"
			+ " to open, with --demo also the demo accounts.%nThe address is http://127.0.0.1:8080 by default."
			+ " Ctrl-C stops everything; the data stays in the data directory for the next start.";

	// starting is the default command
	@Mixin
	private StartOptions options;

	// inherited, so every command has it
	@Option(names = { "-h", "--help" }, usageHelp = true, scope = ScopeType.INHERIT, description = "print this help")
	private boolean helpRequested;

	public static void main(String[] args) {
		System.exit(commandLine(System.out, System.err).execute(args));
	}

	@Override
	public Integer call() throws InterruptedException {
		return StartCommand.start(this.options);
	}

	/**
	 * @param out where results and help go
	 * @param err where errors go
	 * @return the command line with every command, parsing and running them
	 */
	public static CommandLine commandLine(PrintStream out, PrintStream err) {
		CommandLine readyroom = new CommandLine(new ReadyroomCommand()).addSubcommand(new StartCommand())
			.addSubcommand(new TokenCommand(out, err))
			.addSubcommand(new LoadCommand(out, err))
			.setOut(new PrintWriter(out, true))
			.setErr(new PrintWriter(err, true))
			.setUsageHelpWidth(100)
			.setUsageHelpLongOptionsMaxWidth(24);
		return readyroom.setExecutionStrategy(ReadyroomCommand::runWithOptionsAfterTheCommand);
	}

	StartOptions startOptions() {
		return this.options;
	}

	/**
	 * Start's options before another command would otherwise be dropped without a word:
	 * {@code ./readyroom --demo token ana}.
	 */
	private static int runWithOptionsAfterTheCommand(ParseResult parseResult) {
		if (parseResult.hasSubcommand() && !parseResult.matchedOptions().isEmpty()
				&& !parseResult.isUsageHelpRequested()) {
			throw new ParameterException(parseResult.commandSpec().commandLine(),
					"Options go after the command: ./readyroom " + parseResult.subcommand().commandSpec().name()
							+ " [options]");
		}
		return new RunLast().execute(parseResult);
	}

}
