package io.readyroom.analytics.activity;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface PracticeActivityRepository extends MongoRepository<PracticeActivity, String> {

	List<PracticeActivity> findByLearnerId(String learnerId);

}
