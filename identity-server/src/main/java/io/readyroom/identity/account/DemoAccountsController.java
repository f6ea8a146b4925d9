package io.readyroom.identity.account;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Publishes the demo accounts, passwords included, so the start command can list them and
 * {@code ./readyroom token ana} needs no password. Exists only in demo mode; elsewhere
 * {@value #PATH} is not found. Deployments sign users in with a real OpenID Connect
 * provider.
 */
@RestController
@ConditionalOnBooleanProperty(IdentityProperties.DEMO_MODE)
class DemoAccountsController {

	static final String PATH = "/demo-accounts";

	private final DemoAccountDirectory accounts;

	DemoAccountsController(DemoAccountDirectory accounts) {
		this.accounts = accounts;
	}

	@GetMapping(PATH)
	List<PublishedAccount> accounts() {
		return this.accounts.all().stream().map(PublishedAccount::of).toList();
	}

	/**
	 * An account as published, its role spelled as in the tokens.
	 */
	record PublishedAccount(String username, String password, String role, String programId, List<String> cohortIds) {

		static PublishedAccount of(DemoAccount account) {
			return new PublishedAccount(account.username(), account.password(), account.role().claimValue(),
					account.programId(), account.cohortIds());
		}

	}

}
