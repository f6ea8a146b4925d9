package io.readyroom.analytics.readiness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.analytics.ConflictRetry;
import io.readyroom.bank.CompetencyModel;
import io.readyroom.bank.CompetencyModel.Requirement;
import io.readyroom.bank.CompetencyModel.RoleTrack;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/** The requirements in force per program and role track. */
@Service
public class ReadinessRules {

	private static final String VERSION = "version";

	private static final String ROLE_TRACKS = "roleTracks";

	private final CompetencyModel model;

	private final MongoTemplate mongo;

	private final ApplicationEventPublisher events;

	ReadinessRules(CompetencyModel model, MongoTemplate mongo, ApplicationEventPublisher events) {
		this.model = model;
		this.mongo = mongo;
		this.events = events;
	}

	/** Role track id to its requirements, for one program (null for none). */
	public Map<String, List<Requirement>> inForce(String programId) {
		Map<String, List<Requirement>> rules = new LinkedHashMap<>();
		this.model.roleTracks().forEach((track) -> rules.put(track.id(), track.requires()));
		if (programId != null) {
			ProgramReadinessRules own = this.mongo.findById(programId, ProgramReadinessRules.class);
			if (own != null) {
				rules.putAll(own.roleTracks());
			}
		}
		return rules;
	}

	void override(String programId, String roleTrack, List<Requirement> requirements) {
		change(programId, new Update().set(ROLE_TRACKS + "." + roleTrack, List.copyOf(requirements)));
	}

	void revert(String programId, String roleTrack) {
		change(programId, new Update().unset(ROLE_TRACKS + "." + roleTrack));
	}

	boolean knowsRoleTrack(String roleTrack) {
		return this.model.roleTrack(roleTrack).isPresent();
	}

	boolean knowsCompetency(String competency) {
		return this.model.hasCompetency(competency);
	}

	List<String> roleTracks() {
		return this.model.roleTracks().stream().map(RoleTrack::id).toList();
	}

	/**
	 * Changes one role track's requirements with one update of the program's document
	 * that leaves the other role tracks as they are, rather than reading the document and
	 * saving it whole: two directors changing two role tracks at once both keep their
	 * change, on any store, as long as role track ids hold no {@code .} or {@code $}
	 * (they are the competency model's). Raises the version, which rules stored before
	 * versions get with their first change.
	 */
	private void change(String programId, Update update) {
		ConflictRetry.retried(() -> this.mongo.upsert(Query.query(Criteria.where("_id").is(programId)),
				update.inc(VERSION, 1L), ProgramReadinessRules.class));
		this.events.publishEvent(new ReadinessRulesChanged(programId));
	}

}
