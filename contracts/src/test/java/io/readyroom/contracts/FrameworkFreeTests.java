package io.readyroom.contracts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Every service, the command-line tools and the tests use the event contracts, so it
 * stays a plain Java library: no Spring, Kafka or MongoDB in it.
 */
@AnalyzeClasses(packages = "io.readyroom.contracts",
		importOptions = { ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class })
class FrameworkFreeTests {

	@ArchTest
	static final ArchRule usesNoFramework = noClasses().should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.springframework..", "org.apache.kafka..", "com.mongodb..", "org.bson..")
		.because("the event contracts is a plain library every part of Readyroom can use");

}
