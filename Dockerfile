# One image definition for the three services and the web app; SERVICE picks which jar goes in.
# Build the jars first (./mvnw -DskipTests package), then: docker compose build
FROM eclipse-temurin:17.0.15_6-jre-jammy

ARG SERVICE
# a home directory: the scorer's tokenizer unpacks its native library under ~/.djl.ai
RUN useradd --system --create-home --uid 10001 readyroom
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}.jar /app/service.jar
USER readyroom

ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
