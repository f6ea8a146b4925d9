// The cohorts a staff member reads: a coach's from their token, a director's (or admin's) those
// of their program, from the cohort comparison.
import { api, seg } from './api.js';

/** Returns {cohortIds, comparison}; comparison is null for a coach. */
export async function cohortsOf(me, programId) {
	if (me.role === 'coach') {
		return { cohortIds: [...me.cohortIds].sort(), comparison: null };
	}
	const comparison = await api(`/api/analytics/programs/${seg(programId)}/cohorts/comparison`);
	return { cohortIds: (comparison.cohorts || []).map((cohort) => cohort.cohortId).sort(), comparison };
}
