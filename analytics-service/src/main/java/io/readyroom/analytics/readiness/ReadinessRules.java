package io.readyroom.analytics.readiness;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.readyroom.bank.CompetencyModel;
import io.readyroom.bank.CompetencyModel.Requirement;
import io.readyroom.bank.CompetencyModel.RoleTrack;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/** The requirements in force per program and role track. */
@Service
public class ReadinessRules {

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
		ProgramReadinessRules own = this.mongo.findById(programId, ProgramReadinessRules.class);
		Map<String, List<Requirement>> tracks = new HashMap<>((own != null) ? own.roleTracks() : Map.of());
		tracks.put(roleTrack, List.copyOf(requirements));
		save(programId, tracks);
	}

	void revert(String programId, String roleTrack) {
		ProgramReadinessRules own = this.mongo.findById(programId, ProgramReadinessRules.class);
		Map<String, List<Requirement>> tracks = new HashMap<>((own != null) ? own.roleTracks() : Map.of());
		tracks.remove(roleTrack);
		save(programId, tracks);
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

	private void save(String programId, Map<String, List<Requirement>> tracks) {
		this.mongo.save(new ProgramReadinessRules(programId, tracks));
		this.events.publishEvent(new ReadinessRulesChanged(programId));
	}

}
