package io.readyroom.local.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuestionMaterialTests {

	@Test
	void readsAQuestionVersionAsSessionServiceServesItToStaff() {
		QuestionMaterial material = QuestionMaterial
			.of(ServiceClient.JSON.readTree(FakeBank.version("hit-roi-process", 2)));

		assertThat(material.questionId()).isEqualTo("hit-roi-process");
		assertThat(material.competencies()).containsOnlyKeys("release-of-information", "attention-to-detail")
			.containsEntry("release-of-information", 0.7);
		assertThat(material.modelSentences()).hasSize(4)
			.first()
			.isEqualTo("I would first verify the requester's identity and authority.");
		assertThat(material.exemplars()).containsExactly("The very first thing I do is check the basics.",
				"At the end I write down what I did.");
	}

	@Test
	void aQuestionWithoutModelAnswerHasOnlyItsExemplars() {
		QuestionMaterial material = QuestionMaterial.of(ServiceClient.JSON.readTree("""
				{"questionId":"imported","content":{"competencies":[],
				 "rubric":{"criteria":[{"id":"a","exemplars":["One exemplar."]}]}}}"""));

		assertThat(material.modelSentences()).isEmpty();
		assertThat(material.exemplars()).containsExactly("One exemplar.");
	}

	@Test
	void splitsSentencesAtTheirEndsOnly() {
		assertThat(Sentences.of("I check the MPI, e.g. for duplicates. Then I merge them! Done? Yes."))
			.containsExactly("I check the MPI, e.g. for duplicates.", "Then I merge them!", "Done?", "Yes.");
		assertThat(Sentences.of("  ")).isEmpty();
	}

}
