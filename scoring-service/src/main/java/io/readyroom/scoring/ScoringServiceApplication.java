package io.readyroom.scoring;

import io.readyroom.scoring.cli.EvaluateCommand;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ScoringServiceApplication {

	/**
	 * Runs the service, or with {@code evaluate ...} the batch command without any
	 * infrastructure.
	 */
	public static void main(String[] args) {
		if (args.length > 0 && EvaluateCommand.NAME.equals(args[0])) {
			System.exit(EvaluateCommand.run(args, System.out, System.err));
		}
		SpringApplication.run(ScoringServiceApplication.class, args);
	}

}
