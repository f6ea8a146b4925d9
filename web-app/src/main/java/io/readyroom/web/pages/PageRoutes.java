package io.readyroom.web.pages;

import java.util.Map;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Page URLs to page files. Which role may open which page is decided by the security
 * configuration; the data each page shows is decided by the services.
 */
@Configuration(proxyBeanMethods = false)
class PageRoutes implements WebMvcConfigurer {

	private static final Map<String, String> PAGES = Map.ofEntries(Map.entry("/signed-out", "signed-out"),
			Map.entry("/practice", "practice"), Map.entry("/practice/sessions/{sessionId}", "session"),
			Map.entry("/answers/{answerId}", "answer"), Map.entry("/report", "report"),
			Map.entry("/learners/{learnerId}", "report"), Map.entry("/cohorts", "cohorts"),
			Map.entry("/cohorts/{cohortId}", "cohort"), Map.entry("/cohorts/{cohortId}/assignments", "assignments"),
			Map.entry("/exports", "exports"), Map.entry("/review", "review-queue"),
			Map.entry("/review/{answerId}", "review"), Map.entry("/agreement", "agreement"),
			Map.entry("/program/questions", "questions"), Map.entry("/program/readiness", "readiness-rules"),
			Map.entry("/program/cohorts", "program-cohorts"), Map.entry("/program/access-log", "access-log"),
			Map.entry("/program/learner-data", "learner-data"), Map.entry("/program/lrs", "lrs"));

	@Override
	public void addViewControllers(ViewControllerRegistry registry) {
		PAGES.forEach((path, page) -> registry.addViewController(path).setViewName(PageController.page(page)));
	}

}
