/**
 * What every feature that stores learners' data offers erasure: the one place the erasure
 * feature reaches into the others, so neither depends on the other's insides.
 */
package io.readyroom.session.learnerdata;
