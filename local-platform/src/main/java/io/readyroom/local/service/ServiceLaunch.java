package io.readyroom.local.service;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How to run one service as a child process and where to find it once it runs.
 *
 * @param name the service's name, as shown to the user
 * @param command the command line, e.g. {@code java -jar session-service.jar}
 * @param environment variables added to the launcher's own environment
 * @param workingDirectory the directory the process runs in
 * @param baseUrl where the service answers HTTP
 * @param logFile receives the process's standard output and error
 */
public record ServiceLaunch(String name, List<String> command, Map<String, String> environment, Path workingDirectory,
		URI baseUrl, Path logFile) {

	public ServiceLaunch {
		command = List.copyOf(command);
		environment = Map.copyOf(environment);
	}

	public URI endpoint(String path) {
		return this.baseUrl.resolve(path);
	}

}
