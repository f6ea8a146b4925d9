package io.readyroom.identity.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds a demo account by its username.
 */
@Component
public class DemoAccountDirectory {

	private final Map<String, DemoAccount> accounts = new LinkedHashMap<>();

	DemoAccountDirectory(IdentityProperties properties) {
		for (DemoAccount account : properties.accounts()) {
			if (this.accounts.putIfAbsent(account.username(), account) != null) {
				throw new IllegalArgumentException("Demo account '" + account.username() + "' is configured twice");
			}
		}
	}

	public Optional<DemoAccount> find(String username) {
		return Optional.ofNullable(this.accounts.get(username));
	}

	/**
	 * @return every account, in the order they are configured
	 */
	public List<DemoAccount> all() {
		return List.copyOf(this.accounts.values());
	}

}
