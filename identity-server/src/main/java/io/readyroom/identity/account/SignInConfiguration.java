package io.readyroom.identity.account;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo accounts and the load learners as users the login form signs in.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(DemoAccountDirectory accounts, PasswordEncoder passwordEncoder) {
		List<UserDetails> users = new ArrayList<>(
				accounts.all().stream().map((account) -> userOf(account, passwordEncoder)).toList());
		// a thousand BCrypt hashes would take a minute to compute at every start, and
		// these passwords are public anyway: the load tool derives them from the username
		accounts.loadLearners()
			.all()
			.forEach((learner) -> users.add(User.withUsername(learner.username())
				.password("{noop}" + learner.password())
				.roles(learner.role().name())
				.build()));
		return new InMemoryUserDetailsManager(users);
	}

	private static UserDetails userOf(DemoAccount account, PasswordEncoder passwordEncoder) {
		return User.withUsername(account.username())
			.password(passwordEncoder.encode(account.password()))
			.roles(account.role().name())
			.build();
	}

}
