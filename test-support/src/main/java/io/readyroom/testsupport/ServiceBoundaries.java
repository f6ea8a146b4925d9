package io.readyroom.testsupport;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The boundaries every Readyroom service keeps, as ArchUnit rules its architecture test
 * checks: each service is packaged by feature ({@code io.readyroom.session.practice},
 * {@code io.readyroom.session.program}, …), its features do not depend on each other in a
 * circle and keep their persistence to themselves, and no service uses another service's
 * code (they talk through Kafka events and HTTP only).
 */
public final class ServiceBoundaries {

	/** The root packages of the deployable applications. */
	private static final List<String> SERVICES = List.of("io.readyroom.session", "io.readyroom.scoring",
			"io.readyroom.analytics", "io.readyroom.web", "io.readyroom.identity", "io.readyroom.local");

	/**
	 * The scoring engine is a library scoring-service embeds, not a service, although its
	 * package sits under scoring-service's.
	 */
	private static final String SCORING_ENGINE = "io.readyroom.scoring.engine..";

	private ServiceBoundaries() {
	}

	/**
	 * A feature that needs another's may use its public types, but two features never
	 * need each other: a circle makes neither understandable, or changeable, alone.
	 * @param service the service's root package, e.g. {@code io.readyroom.session}
	 */
	public static ArchRule featuresFormNoCycles(String service) {
		return slices().matching(service + ".(*)..")
			.namingSlices("feature '$1' of " + service)
			.should()
			.beFreeOfCycles()
			.because("features of a service depend on each other in one direction only");
	}

	/**
	 * Only scoring-service embeds the scoring engine; to every other service it is
	 * another service's code.
	 * @param service the service's root package, e.g. {@code io.readyroom.session}
	 */
	public static ArchRule usesNoOtherService(String service) {
		String[] others = SERVICES.stream()
			.filter((other) -> !other.equals(service))
			.map((other) -> other + "..")
			.toArray(String[]::new);
		return noClasses().that()
			.resideInAPackage(service + "..")
			.and()
			.resideOutsideOfPackage(SCORING_ENGINE)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(others)
			.because("services share events and HTTP APIs, never code");
	}

	/**
	 * A feature's Spring Data repositories are its own: another feature asks the
	 * feature's service, so that the feature alone decides how its documents are written.
	 * @param service the service's root package, e.g. {@code io.readyroom.session}
	 */
	public static ArchRule repositoriesStayInTheirFeature(String service) {
		return classes().that()
			.resideInAPackage(service + "..")
			.and()
			.areAssignableTo(org.springframework.data.repository.Repository.class)
			.should(onlyBeAccessedFromTheirOwnPackage())
			.because("a feature's documents are written by the feature alone");
	}

	private static ArchCondition<JavaClass> onlyBeAccessedFromTheirOwnPackage() {
		return new ArchCondition<>("only be accessed from their own package") {

			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				for (JavaAccess<?> access : repository.getAccessesToSelf()) {
					JavaClass caller = access.getOriginOwner();
					if (!caller.getPackageName().equals(repository.getPackageName())) {
						events.add(SimpleConditionEvent.violated(access, access.getDescription()));
					}
				}
			}

		};
	}

}
