package io.readyroom.scoring.rubric;

import org.springframework.data.mongodb.repository.MongoRepository;

interface RubricRepository extends MongoRepository<RubricVersion, String> {

}
