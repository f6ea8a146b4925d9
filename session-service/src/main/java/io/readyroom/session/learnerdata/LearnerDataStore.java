package io.readyroom.session.learnerdata;

/**
 * A feature's store of learners' data. Erasing a learner asks every store in turn; each
 * removes what it keeps of the learner and, where it published their words to an erasable
 * topic, erases those records too.
 */
public interface LearnerDataStore {

	/**
	 * Removes everything this store keeps about the learner in the program. Running it
	 * again removes nothing more.
	 * @return how many stored records it removed
	 */
	long erase(String programId, String learnerId);

	/**
	 * Whether this store keeps anything of the learner in the program: a learner whose
	 * cohorts come from their token alone has no enrolment, yet is on record by what they
	 * did.
	 */
	boolean holds(String programId, String learnerId);

}
