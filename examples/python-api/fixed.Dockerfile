# The same image, built lean: package lists and caches never reach a layer, dependencies
# are cached apart from the source, and modes are set as files are copied.
FROM python:3.12-slim-bookworm
LABEL org.opencontainers.image.authors="Platform Team <platform@example.com>"

RUN apt-get update \
 && apt-get install -y --no-install-recommends build-essential=12.9 libpq-dev=15.* \
 && rm -rf /var/lib/apt/lists/* \
 && mkdir -p /srv/app

WORKDIR /srv/app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY --chmod=755 . .

EXPOSE 8000
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
