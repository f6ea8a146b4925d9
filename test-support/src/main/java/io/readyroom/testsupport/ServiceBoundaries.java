package io.readyroom.testsupport;

import java.util.List;
import java.util.Optional;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.springframework.data.repository.Repository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every Readyroom service keeps, as ArchUnit rules: each service is
 * packaged by feature ({@code io.readyroom.session.practice},
 * {@code io.readyroom.session.program}, …), its features do not depend on each other in a
 * circle, it reaches MongoDB one way only, and no service uses another service's code
 * (they talk through Kafka events and HTTP only). A service's test includes them all:
 *
 * <pre>
 * &#64;AnalyzeClasses(packages = "io.readyroom.session")
 * class ArchitectureTests {
 *
 * 	&#64;ArchTest
 * 	static final ArchTests boundaries = ArchTests.in(ServiceBoundaries.class);
 *
 * }
 * </pre>
 */
public final class ServiceBoundaries {

	/**
	 * The root packages of the deployable applications. The scoring engine, a library
	 * only scoring-service embeds, sits under scoring-service's package, so to every
	 * other service it counts as scoring-service's code.
	 */
	private static final List<String> SERVICES = List.of("io.readyroom.session", "io.readyroom.scoring",
			"io.readyroom.analytics", "io.readyroom.web", "io.readyroom.identity", "io.readyroom.local");

	/**
	 * A feature that needs another's may use its public types, but two features never
	 * need each other: a circle makes neither understandable, or changeable, alone.
	 */
	@ArchTest
	static final ArchRule featuresFormNoCycles = slices().matching("io.readyroom.(*).(*)..")
		.namingSlices("feature '$2' of $1")
		.should()
		.beFreeOfCycles()
		.because("features of a service depend on each other in one direction only");

	@ArchTest
	static final ArchRule usesNoOtherService = classes().that()
		.resideInAnyPackage(SERVICES.stream().map((service) -> service + "..").toArray(String[]::new))
		.should(dependOnNoOtherService())
		.because("services share events and HTTP APIs, never code");

	/**
	 * MongoDB is reached through MongoTemplate, in the features' store classes: the
	 * idempotent and conditional writes (upserts, revision-checked replaces, in-place
	 * updates) need it anyway, and Spring Data repositories beside it would be a second
	 * way to the same documents.
	 */
	@ArchTest
	static final ArchRule noSpringDataRepositories = noClasses().that()
		.resideInAPackage("io.readyroom..")
		.should()
		.beAssignableTo(Repository.class)
		.because("each service has one persistence style, MongoTemplate");

	private ServiceBoundaries() {
	}

	private static ArchCondition<JavaClass> dependOnNoOtherService() {
		return new ArchCondition<>("depend on no other service") {

			@Override
			public void check(JavaClass owner, ConditionEvents events) {
				Optional<String> own = serviceOf(owner);
				for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
					Optional<String> target = serviceOf(dependency.getTargetClass());
					if (target.isPresent() && !target.equals(own)) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}

		};
	}

	private static Optional<String> serviceOf(JavaClass type) {
		String name = type.getPackageName();
		return SERVICES.stream()
			.filter((service) -> name.equals(service) || name.startsWith(service + "."))
			.findFirst();
	}

}
