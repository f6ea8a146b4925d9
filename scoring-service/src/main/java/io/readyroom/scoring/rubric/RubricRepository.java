package io.readyroom.scoring.rubric;

import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RubricRepository extends MongoRepository<RubricVersion, String> {

	Optional<RubricVersion> findFirstByQuestionIdOrderByVersionDesc(String questionId);

}
