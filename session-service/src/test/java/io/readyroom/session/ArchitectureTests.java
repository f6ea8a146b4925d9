package io.readyroom.session;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;
import io.readyroom.testsupport.ServiceBoundaries;

/** session-service keeps the boundaries of every service ({@link ServiceBoundaries}). */
@AnalyzeClasses(packages = "io.readyroom.session",
		importOptions = { ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class })
class ArchitectureTests {

	@ArchTest
	static final ArchTests boundaries = ArchTests.in(ServiceBoundaries.class);

}
