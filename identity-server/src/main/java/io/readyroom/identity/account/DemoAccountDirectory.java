package io.readyroom.identity.account;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Finds a demo account or a load learner by its username.
 */
@Component
public class DemoAccountDirectory {

	private final Map<String, DemoAccount> accounts = new LinkedHashMap<>();

	private final LoadLearners loadLearners;

	DemoAccountDirectory(IdentityProperties properties) {
		for (DemoAccount account : properties.accounts()) {
			if (this.accounts.putIfAbsent(account.username(), account) != null) {
				throw new IllegalArgumentException("Demo account '" + account.username() + "' is configured twice");
			}
		}
		this.loadLearners = new LoadLearners(properties.loadLearners());
	}

	public Optional<DemoAccount> find(String username) {
		return Optional.ofNullable(this.accounts.get(username)).or(() -> this.loadLearners.find(username));
	}

	/**
	 * @return the load learners, who sign in but are listed nowhere
	 */
	public LoadLearners loadLearners() {
		return this.loadLearners;
	}

	/**
	 * @return every account, in the order they are configured
	 */
	public List<DemoAccount> all() {
		return List.copyOf(this.accounts.values());
	}

}
