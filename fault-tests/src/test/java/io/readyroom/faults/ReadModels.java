package io.readyroom.faults;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/**
 * What the services keep in the document store, read with the MongoDB driver as an
 * outside observer: the scores scoring-service stored, the answers analytics counted, and
 * analytics' learner profiles and cohort dashboards. Each call opens its own connection,
 * so a store that was restarted in between is simply met again.
 */
final class ReadModels {

	private final String mongoUri;

	ReadModels(String mongoUri) {
		this.mongoUri = mongoUri;
	}

	/** scoring-service's stored scores ({@code answer_feedback}), one per answerId. */
	List<StoredScore> storedScores() {
		List<StoredScore> scores = new ArrayList<>();
		try (MongoClient client = client()) {
			scoring(client).getCollection("answer_feedback")
				.find()
				.projection(Projections.include("learnerId", "cohortId", "score"))
				.forEach((document) -> scores
					.add(new StoredScore(document.getString("_id"), document.getString("learnerId"),
							document.getString("cohortId"), document.getInteger("score"))));
		}
		return scores;
	}

	/** The answerIds analytics counts ({@code scored_answers}). */
	Set<String> countedAnswerIds() {
		Set<String> ids = new HashSet<>();
		try (MongoClient client = client()) {
			analytics(client).getCollection("scored_answers")
				.find()
				.projection(Projections.include("_id"))
				.forEach((document) -> ids.add(document.getString("_id")));
		}
		return ids;
	}

	Map<String, ProfileFigures> profiles() {
		Map<String, ProfileFigures> profiles = new HashMap<>();
		try (MongoClient client = client()) {
			analytics(client).getCollection("learner_profiles")
				.find()
				.projection(Projections.include("cohortId", "answerCount", "meanScore"))
				.forEach((document) -> profiles.put(document.getString("_id"),
						new ProfileFigures(document.getString("cohortId"), numberOf(document, "answerCount").intValue(),
								numberOf(document, "meanScore").doubleValue())));
		}
		return profiles;
	}

	Map<String, DashboardFigures> dashboards() {
		Map<String, DashboardFigures> dashboards = new HashMap<>();
		try (MongoClient client = client()) {
			analytics(client).getCollection("cohort_dashboards")
				.find()
				.projection(Projections.include("learners", "answers", "meanScore"))
				.forEach((document) -> dashboards.put(document.getString("_id"),
						new DashboardFigures(numberOf(document, "learners").intValue(),
								numberOf(document, "answers").longValue(),
								numberOf(document, "meanScore").doubleValue())));
		}
		return dashboards;
	}

	private static Number numberOf(Document document, String field) {
		Object value = document.get(field);
		return (value instanceof Number number) ? number : 0;
	}

	private MongoClient client() {
		return MongoClients.create(this.mongoUri + "/?serverSelectionTimeoutMS=10000");
	}

	private static MongoDatabase scoring(MongoClient client) {
		return client.getDatabase("readyroom-scoring");
	}

	private static MongoDatabase analytics(MongoClient client) {
		return client.getDatabase("readyroom-analytics");
	}

	record StoredScore(String answerId, String learnerId, String cohortId, int score) {
	}

	record ProfileFigures(String cohortId, int answerCount, double meanScore) {
	}

	record DashboardFigures(int learners, long answers, double meanScore) {
	}

}
