/** Scores submitted answers and publishes the explained scores. */
package io.readyroom.scoring.answer;
