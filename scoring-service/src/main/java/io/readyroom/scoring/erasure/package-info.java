/**
 * The learners erased from each program, remembered by digest so that nothing of theirs
 * in flight when they were erased, or delivered again later, is stored again.
 */
package io.readyroom.scoring.erasure;
