package io.readyroom.local;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.readyroom.local.identity.DemoAccount;
import io.readyroom.local.service.ActuatorEndpoints;

/**
 * What a user needs once the platform runs, printed in one block: first the address to
 * open and the demo accounts to sign in with, then where every part runs and how to call
 * the API with a token.
 */
final class PlatformSummary {

	/**
	 * The demo simulation's learners; listed in one line rather than ten rows, so the
	 * accounts a person signs in with stay on one screen.
	 */
	static final String SIMULATED_LEARNER_PREFIX = "demo-learner-";

	private PlatformSummary() {
	}

	static String of(LocalPlatform platform) {
		return of(platform.settings(), platform.kafkaBootstrap(), platform.mongoUri(), platform.demoAccounts());
	}

	static String of(LocalPlatformSettings settings, String kafkaBootstrap, String mongoUri,
			List<DemoAccount> demoAccounts) {
		StringBuilder summary = new StringBuilder(System.lineSeparator());
		if (settings.runsWebApp()) {
			frontDoor(summary, settings, demoAccounts);
			line(summary, LocalPlatformSettings.WEB_APP, settings.frontDoor().toString());
		}
		if (settings.runsIdentityServer()) {
			URI issuer = settings.issuerUri();
			line(summary, LocalPlatformSettings.IDENTITY_SERVER, issuer.toString());
			line(summary, "", "discovery  " + issuer.resolve("/.well-known/openid-configuration"));
		}
		for (Map.Entry<ReadyroomService, Integer> service : settings.servicePorts().entrySet()) {
			URI baseUrl = ServiceLaunches.baseUrl(service.getValue());
			line(summary, service.getKey().artifactId(), baseUrl.toString());
			line(summary, "", "readiness  " + baseUrl.resolve(ActuatorEndpoints.READINESS));
			line(summary, "", "liveness   " + baseUrl.resolve(ActuatorEndpoints.LIVENESS));
			line(summary, "", "prometheus " + baseUrl.resolve(ActuatorEndpoints.PROMETHEUS));
		}
		line(summary, "Kafka", kafkaBootstrap + (settings.embedsKafka() ? " (embedded)" : " (external)"));
		line(summary, "MongoDB", mongoUri + (settings.embedsMongo() ? " (embedded)" : " (external)"));
		line(summary, "data", settings.dataDirectory().toString());
		line(summary, "logs", settings.logDirectory().toString());
		if (settings.runsIdentityServer()) {
			tokenHelp(summary, settings, demoAccounts);
		}
		summary.append(System.lineSeparator()).append("Press Ctrl-C to stop.");
		return summary.toString();
	}

	private static void frontDoor(StringBuilder summary, LocalPlatformSettings settings,
			List<DemoAccount> demoAccounts) {
		String open = "Open " + settings.frontDoor() + " and sign in with a demo account";
		List<DemoAccount> people = demoAccounts.stream().filter((account) -> !isSimulated(account)).toList();
		List<DemoAccount> simulated = demoAccounts.stream().filter(PlatformSummary::isSimulated).toList();
		summary.append(open).append(people.isEmpty() ? "." : ":").append(System.lineSeparator());
		if (!people.isEmpty()) {
			DemoAccountTable.lines(people)
				.forEach((row) -> summary.append("  ").append(row).append(System.lineSeparator()));
		}
		if (!simulated.isEmpty()) {
			summary.append("  and the demo's simulated learners ")
				.append(simulated.get(0).username())
				.append(simulated.size() > 1 ? " … " + simulated.get(simulated.size() - 1).username() : "")
				.append(" (password: the username followed by -demo)")
				.append(System.lineSeparator());
		}
		summary.append(System.lineSeparator());
	}

	private static boolean isSimulated(DemoAccount account) {
		return account.username().startsWith(SIMULATED_LEARNER_PREFIX);
	}

	private static void tokenHelp(StringBuilder summary, LocalPlatformSettings settings,
			List<DemoAccount> demoAccounts) {
		String portOption = (settings.identityPort() != LocalPlatformSettings.DEFAULT_IDENTITY_PORT)
				? " --identity-port " + settings.identityPort() : "";
		summary.append(System.lineSeparator());
		String user = demoAccounts.isEmpty() ? "<username> <password>" : demoAccounts.get(0).username();
		summary.append("Call the API with a token:").append(System.lineSeparator());
		summary.append("  TOKEN=$(./readyroom token ").append(user).append(portOption).append(')');
		Integer analyticsPort = settings.servicePorts().get(ReadyroomService.ANALYTICS);
		if (analyticsPort != null && !demoAccounts.isEmpty()) {
			summary.append(System.lineSeparator())
				.append("  curl -H \"Authorization: Bearer $TOKEN\" ")
				.append(ServiceLaunches.baseUrl(analyticsPort).resolve("/api/learners/" + user + "/profile"));
		}
		summary.append(System.lineSeparator());
	}

	private static void line(StringBuilder summary, String label, String value) {
		summary.append(String.format("  %-18s %s%n", label, value));
	}

}
