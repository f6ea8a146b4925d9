/**
 * Validity, measured: scores the SemEval-2013 Task 7 student answers (SciEntsBank and
 * Beetle) and reports agreement with the human labels; anything fitted is fitted on the
 * training split.
 */
package io.readyroom.scoring.engine.validity;
