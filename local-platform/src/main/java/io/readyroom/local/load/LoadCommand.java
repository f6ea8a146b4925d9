package io.readyroom.local.load;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;

import io.readyroom.local.identity.IdentityServerUnreachableException;
import io.readyroom.local.identity.SignInException;
import org.apache.kafka.common.KafkaException;

/**
 * {@code ./readyroom load [options]}: drives the running local platform with many
 * learners and prints what it measured.
 */
public final class LoadCommand {

	private final PrintStream out;

	private final PrintStream err;

	public LoadCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/**
	 * @param arguments the arguments after {@code load}
	 * @return the exit code: 0 after a load, 1 if the platform could not be reached or
	 * the load failed, 2 for a usage error
	 */
	public int run(List<String> arguments) throws InterruptedException {
		LoadOptions options;
		try {
			options = LoadOptions.parse(arguments);
		}
		catch (IllegalArgumentException ex) {
			this.err.println(ex.getMessage());
			this.err.println();
			this.err.print(LoadOptions.USAGE);
			return 2;
		}
		if (options.helpRequested()) {
			this.out.print(LoadOptions.USAGE);
			return 0;
		}
		try {
			new LoadReport(this.out).print(new LoadRun(options, this.out).run());
			return 0;
		}
		catch (IdentityServerUnreachableException ex) {
			this.err.println(ex.getMessage() + ". Start Readyroom first with ./readyroom in another terminal, or give"
					+ " the ports it runs on (--identity-port ...).");
			return 1;
		}
		catch (SignInException ex) {
			this.err.println(ex.getMessage() + ". The identity server signs in load learners only when ./readyroom"
					+ " listens on this machine alone (no --listen-all).");
			return 1;
		}
		catch (IOException | KafkaException | IllegalStateException ex) {
			this.err.println("The load failed: " + ex.getMessage());
			return 1;
		}
	}

}
