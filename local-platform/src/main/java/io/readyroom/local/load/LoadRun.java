package io.readyroom.local.load;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.readyroom.local.identity.DemoSignIn;
import io.readyroom.local.load.AcceptedAnswers.Accepted;

/**
 * One load against the running platform: signs the learners in, lets them answer while
 * the platform's counts and processes are watched, waits for the platform to catch up,
 * then measures the broker alone.
 */
final class LoadRun {

	/** How many learners' profiles are read for answer → profile freshness. */
	static final int WATCHED_LEARNERS = 5;

	/**
	 * How long the platform may go without scoring or counting one more answer before the
	 * tool stops waiting for it to catch up; a slow platform is waited for, a stuck one
	 * not.
	 */
	static final Duration STALL = Duration.ofSeconds(60);

	private final LoadOptions options;

	private final PrintStream out;

	LoadRun(LoadOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	LoadResult run() throws IOException, InterruptedException {
		List<Learner> learners = IntStream.rangeClosed(1, this.options.learners())
			.mapToObj((number) -> "load-learner-%04d".formatted(number))
			.map((username) -> new Learner(username, username + "-load", FreshnessWatch.COHORT))
			.toList();
		URI issuer = this.options.baseUri(PlatformPart.IDENTITY);
		this.out.printf("Signing in %d learners at %s ...%n", learners.size(), issuer);
		AnswerLoad load = AnswerLoad.signIn(learners, issuer, this.options.baseUri(PlatformPart.SESSION));
		String bootstrap = "localhost:" + this.options.port(PlatformPart.KAFKA);
		ProcessCpu cpu = ProcessCpu.of(this.options, ListeningProcesses.ofThisMachine());
		try (PipelineTopicsWatch topics = PipelineTopicsWatch.start(bootstrap);
				FreshnessWatch freshness = freshnessWatch(issuer, learners)) {
			AcceptedAnswers accepted = new AcceptedAnswers();
			PacedPermits permits = PacedPermits.of(this.options);
			Instant start = Instant.now();
			this.out.printf("Answering %s ...%n", (this.options.duration() != null)
					? "for " + this.options.duration().toSeconds() + " s" : this.options.answers() + " answers");
			cpu.start();
			freshness.start();
			permits.start();
			try (LoadProgress progress = new LoadProgress(this.out, start, permits::issued, accepted::count,
					topics::scored, () -> freshness.dashboard().shown())) {
				progress.start();
				load.start(permits, () -> true, accepted).awaitDone(Duration.ofDays(1));
				this.out.printf("Sent %,d answers; waiting for the platform to score and count them ...%n",
						permits.issued());
				awaitCaughtUp(accepted, topics, freshness);
			}
			List<ProcessCpu.Usage> usage = cpu.sinceStart();
			freshness.close();
			int eventBytes = topics.meanAnswerEventBytes();
			this.out.printf("Measuring the broker alone: %,d records of %,d bytes ...%n", BrokerBaseline.RECORDS,
					eventBytes);
			Throughput broker = (eventBytes > 0) ? new BrokerBaseline(bootstrap).measure(eventBytes) : null;
			return result(permits, accepted, start, topics, freshness, usage, eventBytes, broker);
		}
	}

	private FreshnessWatch freshnessWatch(URI issuer, List<Learner> learners) throws IOException {
		HttpClient http = JsonHttp.newClient();
		DemoSignIn signIn = new DemoSignIn(issuer);
		Map<String, JsonHttp> watched = new LinkedHashMap<>();
		learners.stream()
			.limit(WATCHED_LEARNERS)
			.forEach((learner) -> watched.put(learner.username(),
					new JsonHttp(http, signIn.accessToken(learner.username(), learner.password()))));
		JsonHttp coach = new JsonHttp(http, signIn.accessToken(FreshnessWatch.COACH, FreshnessWatch.COACH + "-load"));
		return new FreshnessWatch(this.options.baseUri(PlatformPart.ANALYTICS), coach, watched);
	}

	private static void awaitCaughtUp(AcceptedAnswers accepted, PipelineTopicsWatch topics, FreshnessWatch freshness)
			throws InterruptedException {
		long progress = -1;
		Instant lastProgress = Instant.now();
		while (!caughtUp(accepted, topics, freshness)
				&& Duration.between(lastProgress, Instant.now()).compareTo(STALL) < 0) {
			Thread.sleep(FreshnessWatch.INTERVAL.toMillis());
			long now = topics.scored() + freshness.dashboard().shown();
			if (now != progress) {
				progress = now;
				lastProgress = Instant.now();
			}
		}
	}

	private static boolean caughtUp(AcceptedAnswers accepted, PipelineTopicsWatch topics, FreshnessWatch freshness) {
		Map<String, Long> byLearner = new LinkedHashMap<>();
		accepted.all().values().forEach((answer) -> byLearner.merge(answer.learnerId(), 1L, Long::sum));
		return topics.scored() >= accepted.count() && freshness.dashboard().shown() >= accepted.count()
				&& freshness.profiles()
					.entrySet()
					.stream()
					.allMatch((profile) -> profile.getValue().shown() >= byLearner.getOrDefault(profile.getKey(), 0L));
	}

	private LoadResult result(PacedPermits permits, AcceptedAnswers accepted, Instant start, PipelineTopicsWatch topics,
			FreshnessWatch freshness, List<ProcessCpu.Usage> usage, int eventBytes, Throughput broker) {
		List<Accepted> inOrder = accepted.all().values().stream().sorted(Comparator.comparing(Accepted::at)).toList();
		Instant lastAcceptedAt = inOrder.isEmpty() ? null : inOrder.get(inOrder.size() - 1).at();
		List<Duration> profileFreshness = freshness.profiles()
			.entrySet()
			.stream()
			.flatMap((profile) -> profile.getValue()
				.freshness(inOrder.stream()
					.filter((answer) -> answer.learnerId().equals(profile.getKey()))
					.map(Accepted::at)
					.toList())
				.stream())
			.toList();
		List<Duration> dashboardFreshness = freshness.dashboard()
			.freshness(inOrder.stream().map(Accepted::at).toList());
		long counted = freshness.dashboard().shown();
		return new LoadResult(this.options, permits.issued(), accepted, start, lastAcceptedAt, topics.scored(),
				topics.lastScoredAt(), counted, freshness.dashboard().firstShowing(counted).orElse(null),
				freshness.watchedLearners(), profileFreshness, dashboardFreshness, usage, eventBytes, broker);
	}

}
