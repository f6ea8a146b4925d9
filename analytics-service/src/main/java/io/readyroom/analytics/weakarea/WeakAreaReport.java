package io.readyroom.analytics.weakarea;

import java.util.List;

/**
 * A learner's weak areas, weakest first.
 *
 * @param roleTrack the learner's target role, whose requirements the report includes;
 * {@code null} when none is set, and then only practised competencies are judged
 */
public record WeakAreaReport(String learnerId, String roleTrack, List<WeakArea> weakAreas) {

}
