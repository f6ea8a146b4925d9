package io.readyroom.analytics;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.readyroom.testsupport.ServiceBoundaries;

/**
 * analytics-service's features and its boundary to the other services
 * ({@link ServiceBoundaries}).
 */
@AnalyzeClasses(packages = "io.readyroom.analytics",
		importOptions = { ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class })
class ArchitectureTests {

	private static final String SERVICE = "io.readyroom.analytics";

	@ArchTest
	static final ArchRule featuresFormNoCycles = ServiceBoundaries.featuresFormNoCycles(SERVICE);

	@ArchTest
	static final ArchRule usesNoOtherService = ServiceBoundaries.usesNoOtherService(SERVICE);

	@ArchTest
	static final ArchRule repositoriesStayInTheirFeature = ServiceBoundaries.repositoriesStayInTheirFeature(SERVICE);

}
