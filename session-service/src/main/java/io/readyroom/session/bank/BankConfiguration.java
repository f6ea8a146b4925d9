package io.readyroom.session.bank;

import io.readyroom.bank.BankFileReader;
import io.readyroom.bank.CompetencyModel;
import io.readyroom.bank.SharedBank;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the shared bank at start-up; a broken bank file stops the service with every
 * problem listed.
 */
@Configuration(proxyBeanMethods = false)
class BankConfiguration {

	@Bean
	SharedBank sharedBank() {
		return SharedBank.load();
	}

	@Bean
	CompetencyModel competencyModel(SharedBank bank) {
		return bank.competencyModel();
	}

	@Bean
	BankFileReader bankFileReader(CompetencyModel model) {
		return new BankFileReader(model);
	}

}
