package io.readyroom.scoring.review;

import java.util.List;

import io.readyroom.scoring.web.ProgramScope;
import io.readyroom.support.security.Caller;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** How far each of the program's questions is calibrated by its graded answers. */
@RestController
class CalibrationController {

	private final Calibrations calibrations;

	CalibrationController(Calibrations calibrations) {
		this.calibrations = calibrations;
	}

	@GetMapping("/api/scoring/calibration")
	List<QuestionCalibration> calibration(@RequestParam(required = false) @Nullable String programId, Caller caller) {
		return this.calibrations.of(ProgramScope.of(caller, programId));
	}

}
