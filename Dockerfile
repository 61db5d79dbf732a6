# gutskin web service in a container, for users (CI does not build this file).
#   docker build -t gutskin .
#   docker run --rm -it -v gutskin-data:/var/lib/gutskin gutskin admin create-admin --data-dir /var/lib/gutskin \
#       --tenant my-lab --user alice                       # once, before the first start (embedded database)
#   docker run -d -p 127.0.0.1:8080:8080 -v gutskin-data:/var/lib/gutskin gutskin
# Settings by environment (GUTSKIN_PORT, GUTSKIN_DB, GUTSKIN_DB_PASSWORD, …) or a mounted --config file:
# docs/service.md, "Configuration".

# 1. build the runnable jar with the project's Maven wrapper (tests are run by CI, not here)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
COPY engine/pom.xml engine/pom.xml
COPY app/pom.xml app/pom.xml
COPY testkit/pom.xml testkit/pom.xml
COPY spark/pom.xml spark/pom.xml
COPY bench/pom.xml bench/pom.xml
# dependencies first, so a source change does not download them again
RUN ./mvnw -B -q -pl app -am dependency:go-offline -DskipTests || true
COPY engine engine
COPY app app
COPY testkit testkit
RUN ./mvnw -B -q -DskipTests -pl app -am package

# 2. run it on a JRE as an unprivileged user; the embedded database lives in the volume
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --user-group --home-dir /var/lib/gutskin --shell /usr/sbin/nologin gutskin \
 && install -d -o gutskin -g gutskin -m 0700 /var/lib/gutskin
COPY --from=build /src/app/target/gutskin.jar /opt/gutskin/gutskin.jar
USER gutskin
WORKDIR /var/lib/gutskin
ENV HOME=/var/lib/gutskin GUTSKIN_HOST=0.0.0.0 GUTSKIN_PORT=8080 GUTSKIN_DATA_DIR=/var/lib/gutskin
VOLUME /var/lib/gutskin
EXPOSE 8080
# SIGTERM starts the graceful stop (shutdown-timeout-seconds, 20): stop with `docker stop -t 30`
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/opt/gutskin/gutskin.jar"]
CMD ["serve"]
