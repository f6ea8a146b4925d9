package io.readyroom.scoring.answer;

import io.readyroom.scoring.engine.ScoringEngine;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One engine per process: the sentence-embedding model is loaded once and shared. */
@Configuration(proxyBeanMethods = false)
class ScoringEngineConfiguration {

	@Bean
	ScoringEngine scoringEngine() {
		return ScoringEngine.withBundledModel();
	}

}
