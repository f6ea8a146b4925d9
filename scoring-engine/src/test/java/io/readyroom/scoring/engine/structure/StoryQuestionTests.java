package io.readyroom.scoring.engine.structure;

import io.readyroom.contracts.RubricStructure;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StoryQuestionTests {

	/** Every behavioral question in the bank, with its rubric structure. */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					STAR | Tell me about a privacy or security incident you were involved in or observed. How was it handled? | true
					STAR | Tell me about your background in managing or working with healthcare IT systems. | true
					STAR | Have you implemented telemedicine solutions in a healthcare IT environment? Tell me about it. | true
					STAR | Describe a situation where you had to optimize a healthcare database for better performance. | true
					STAR | Share an example of how you have used data analytics to improve healthcare outcomes. | true
					STAR | Give an example of a healthcare IT project you led from kick-off to completion. | true
					STAR | Tell me about your experience managing the budget for healthcare IT projects. | true
					STAR | Tell me about a time when you made a mistake, and what you learned from it. | true
					STAR | What is one of your proudest accomplishments in your current job? | true
					FREE | What is something you like about your current position? | false
					FREE | What do you know about this organization? | false
					FREE | How would your current team members describe you? | false
					FREE | Do you have any questions for us? | false
					""")
	void bankBehavioralQuestions(RubricStructure structure, String question, boolean story) {
		assertThat(StoryQuestion.callsForStory(structure, question)).isEqualTo(story);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Tell me about a time you disagreed with a physician about a build request. | true
			Describe a situation where an interface failed during go-live. | true
			Have you ever had to retrain staff after an audit finding? | true
			Give me an example of a workflow you redesigned. | true
			How did you handle your last EHR upgrade? | true
			What was your biggest mistake in a data migration? | true
			Describe your experience with EHR systems. What have you done in them? | false
			Explain FHIR and its advantages over HL7 v2. | false
			Describe a dashboard you would build for hospital KPIs using Tableau or Power BI. | false
			What is HIPAA, and why is it critical for jobs that handle healthcare data? | false
			""")
	void freeQuestionIsAStoryWhenItAsksForAnExperience(String question, boolean story) {
		assertThat(StoryQuestion.callsForStory(RubricStructure.FREE, question)).isEqualTo(story);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					A patient calls requesting a copy of their medical records. Walk me through the release of information process.
					Tell me about a time you walked through the release of information process.
					""")
	void orderedStepsAreNeverAStory(String question) {
		assertThat(StoryQuestion.callsForStory(RubricStructure.ORDERED_STEPS, question)).isFalse();
	}

}
