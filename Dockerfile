# The Chronicle worker (and CLI) as an image, for docker-compose.yml's `scale` profile:
#   docker compose --profile scale up -d --scale worker=4
FROM python:3.11-slim
WORKDIR /app
COPY . /app
RUN pip install --no-cache-dir /app
# No .env inside the image: the connection settings come from the compose file's environment.
USER nobody
ENV CHRONICLE_HOME=/tmp/chronicle
CMD ["chronicle", "worker"]
