package io.readyroom.session.program;

import java.util.List;

import io.readyroom.bank.CompetencyModel;

import org.springframework.stereotype.Component;

/** The role tracks of the competency model: the only target roles a learner may have. */
@Component
class KnownRoleTracks {

	private final CompetencyModel model;

	KnownRoleTracks(CompetencyModel model) {
		this.model = model;
	}

	boolean contains(String roleTrack) {
		return this.model.roleTrack(roleTrack).isPresent();
	}

	/**
	 * @throws org.springframework.web.ErrorResponseException 400 listing the known ones
	 */
	String require(String roleTrack) {
		if (!contains(roleTrack)) {
			throw ProgramProblems.unknownRoleTrack(roleTrack, ids());
		}
		return roleTrack;
	}

	List<String> ids() {
		return this.model.roleTracks().stream().map(CompetencyModel.RoleTrack::id).toList();
	}

}
