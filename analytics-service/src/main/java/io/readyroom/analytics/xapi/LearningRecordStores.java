package io.readyroom.analytics.xapi;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The programs' LRS settings. */
@Service
class LearningRecordStores {

	private final MongoTemplate mongo;

	LearningRecordStores(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Optional<LrsSettings> of(String programId) {
		return (programId != null) ? Optional.ofNullable(this.mongo.findById(programId, LrsSettings.class))
				: Optional.empty();
	}

	void save(LrsSettings settings) {
		this.mongo.save(settings);
	}

	boolean remove(String programId) {
		return this.mongo.remove(Query.query(Criteria.where("_id").is(programId)), LrsSettings.class)
			.getDeletedCount() > 0;
	}

}
