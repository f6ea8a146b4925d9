/**
 * The question bank as the session service owns it: every version of every question in
 * MongoDB, the shared bank synchronised from its data files at start-up, programs' own
 * questions imported over REST, and every version published on the compacted
 * question-bank topic so the other services score and analyse under the version that was
 * asked.
 */
package io.readyroom.session.bank;
