package io.readyroom.analytics.weakarea;

import java.util.List;

/** A learner's weak areas, weakest first. */
public record WeakAreaReport(String learnerId, String roleTrack, List<WeakArea> weakAreas) {

}
