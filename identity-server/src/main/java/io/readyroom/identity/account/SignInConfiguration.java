package io.readyroom.identity.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The demo accounts as users the login form signs in.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService userDetailsService(DemoAccountDirectory accounts, PasswordEncoder passwordEncoder) {
		return new InMemoryUserDetailsManager(
				accounts.all().stream().map((account) -> userOf(account, passwordEncoder)).toList());
	}

	private static UserDetails userOf(DemoAccount account, PasswordEncoder passwordEncoder) {
		return User.withUsername(account.username())
			.password(passwordEncoder.encode(account.password()))
			.roles(account.role().name())
			.build();
	}

}
