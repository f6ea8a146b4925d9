package io.readyroom.support.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.BatchInterceptor;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.listener.RecordInterceptor;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Applies the shared Kafka policy to a service: it runs before Boot's Kafka
 * auto-configuration so that the counting producer listener replaces Boot's logging one.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(EventStreamProperties.class)
public class EventBackboneAutoConfiguration {

	@Bean
	DefaultKafkaProducerFactoryCustomizer readyroomProducerPolicy() {
		return (factory) -> factory.updateConfigs(KafkaClientPolicy.producer());
	}

	@Bean
	DefaultKafkaConsumerFactoryCustomizer readyroomConsumerPolicy() {
		return (factory) -> factory.updateConfigs(KafkaClientPolicy.consumer());
	}

	@Bean
	EventMetrics eventMetrics(MeterRegistry registry) {
		return new EventMetrics(registry);
	}

	@Bean
	ProducerListener<Object, Object> kafkaProducerListener(EventMetrics metrics) {
		return new CountingProducerListener(metrics);
	}

	@Bean
	RecordInterceptor<Object, Object> countingRecordInterceptor(EventMetrics metrics) {
		return new CountingRecordInterceptor(metrics);
	}

	@Bean
	BatchInterceptor<Object, Object> countingBatchInterceptor(EventMetrics metrics) {
		return new CountingBatchInterceptor(metrics);
	}

	@Bean
	DeadLetterRecoverer deadLetterRecoverer(ProducerFactory<Object, Object> producerFactory, EventMetrics metrics) {
		return new DeadLetterRecoverer(producerFactory, metrics);
	}

	/**
	 * Unreadable and unprocessable records go to the dead-letter topic on their first
	 * attempt; anything else (a store that is briefly down, say) is retried with growing
	 * pauses first.
	 */
	@Bean
	CommonErrorHandler deadLetteringErrorHandler(DeadLetterRecoverer recoverer, EventStreamProperties properties) {
		ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
		backOff.setMaxInterval(10_000);
		backOff.setMaxElapsedTime(properties.retryFor().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(UnprocessableEventException.class);
		handler.setRetryListeners(new FailedDeliveryLogger());
		return handler;
	}

	@Bean
	KafkaAdmin.NewTopics readyroomTopics(EventStreamProperties properties) {
		return new KafkaAdmin.NewTopics(EventTopics.all(properties).toArray(NewTopic[]::new));
	}

	@Bean
	EventPublisher eventPublisher(KafkaTemplate<Object, Object> kafkaTemplate, EventStreamProperties properties) {
		return new EventPublisher(kafkaTemplate, properties);
	}

}
