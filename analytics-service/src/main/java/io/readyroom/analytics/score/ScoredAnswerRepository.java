package io.readyroom.analytics.score;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface ScoredAnswerRepository extends MongoRepository<ScoredAnswer, String> {

	List<ScoredAnswer> findByLearnerId(String learnerId);

}
