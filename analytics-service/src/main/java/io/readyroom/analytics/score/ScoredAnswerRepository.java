package io.readyroom.analytics.score;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ScoredAnswerRepository extends MongoRepository<ScoredAnswer, String> {

}
