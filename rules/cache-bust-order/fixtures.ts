import { dockerfile, type RuleFixtures } from '../harness';
import copyForms from './fixtures-copy-forms';

export default {
  valid: [
    {
      name: 'manifests copied and installed before the source',
      code: dockerfile`
        FROM node:20
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci
        COPY . .
        RUN npm run build
      `,
    },
    {
      name: 'manifests bind-mounted, source copied after the install',
      code: dockerfile`
        FROM node:20
        WORKDIR /app
        RUN --mount=type=bind,source=package.json,target=package.json \
            --mount=type=bind,source=package-lock.json,target=package-lock.json \
            --mount=type=cache,target=/root/.npm \
            npm ci --omit=dev
        COPY . .
      `,
    },
    {
      name: 'install with only a cache mount, broad COPY after it',
      code: dockerfile`
        FROM python:3.12-slim
        WORKDIR /app
        COPY requirements.txt .
        RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
        COPY . .
      `,
    },
    {
      name: 'the install is in another stage',
      code: dockerfile`
        FROM node:20 AS deps
        WORKDIR /app
        COPY package.json yarn.lock ./
        RUN yarn install --frozen-lockfile

        FROM node:20
        WORKDIR /app
        COPY . .
        COPY --from=deps /app/node_modules ./node_modules
        CMD ["node", "server.js"]
      `,
    },
    {
      name: 'installs that need the source anyway: pip install ., npm install of a named package',
      code: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir .\nRUN npm install -g typescript\nRUN npm install left-pad\n',
    },
    {
      name: 'dependencies fetched before the source; the build after it only adds the project',
      code: dockerfile`
        FROM python:3.12
        WORKDIR /app
        COPY pyproject.toml poetry.lock ./
        RUN poetry install --no-root
        COPY . .
        RUN poetry install
      `,
    },
    {
      name: 'maven: go-offline before the source, package after',
      code: 'FROM maven:3.9\nWORKDIR /app\nCOPY pom.xml .\nRUN mvn -B dependency:go-offline\nCOPY src ./src\nRUN mvn -B package\n',
    },
    ...copyForms.valid,
  ],
  invalid: [
    ...copyForms.invalid,
    { name: 'a source that is no well-formed glob (`[a,`) is a name, not a RegExp error (issue 13)', code: 'FROM node:20\nCOPY [a, /x/\nRUN npm ci\n', findings: [{ line: 2, message: '`COPY [a, /x/` at line 2 copies source before the dependency install at line 3 (`npm ci`), which needs only package.json and package-lock.json: every source edit re-runs the install; copy those first and install before this COPY' }] },
    {
      name: 'npm: COPY . . before npm ci',
      code: dockerfile`
        FROM node:20
        WORKDIR /app
        COPY . .
        RUN npm ci
        CMD ["node", "server.js"]
      `,
      findings: [
        {
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
          message:
            '`COPY . .` at line 3 copies source before the dependency install at line 4 (`npm ci`), which needs only ' +
            'package.json and package-lock.json: every source edit re-runs the install; copy those first and install before this COPY',
        },
      ],
      output: dockerfile`
        FROM node:20
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci
        COPY . .
        CMD ["node", "server.js"]
      `,
    },
    {
      name: "yarn: an option's value is not a package name",
      code: 'FROM node:20\nWORKDIR /app\nCOPY . .\nRUN yarn install --network-timeout 100000\n',
      findings: [{ line: 3, message: '`COPY . .` at line 3 copies source before the dependency install at line 4 (`yarn install --network-timeout 100000`), which needs only package.json and yarn.lock: every source edit re-runs the install; copy those first and install before this COPY' }],
      output: 'FROM node:20\nWORKDIR /app\nCOPY package.json yarn.lock ./\nRUN yarn install --network-timeout 100000\nCOPY . .\n',
    },
    {
      name: 'the install heads a longer RUN: only it moves; --chown is kept, --link is not',
      code: dockerfile`
        FROM node:20
        WORKDIR /home/node/app
        COPY --chown=node:node --link . .
        RUN --mount=type=cache,target=/root/.npm npm ci && \
            npm run build
      `,
      findings: [{ line: 3, column: 1, endColumn: 34, message: '`COPY . .` at line 3 copies source before the dependency install at line 4 (`npm ci`), which needs only package.json and package-lock.json: every source edit re-runs the install; copy those first and install before this COPY' }],
      output: dockerfile`
        FROM node:20
        WORKDIR /home/node/app
        COPY --chown=node:node package*.json ./
        RUN --mount=type=cache,target=/root/.npm npm ci
        COPY --chown=node:node --link . .
        RUN --mount=type=cache,target=/root/.npm npm run build
      `,
    },
    {
      name: 'pip: COPY . /app into the working directory',
      code: dockerfile`
        FROM python:3.12-slim
        WORKDIR /app
        COPY . /app
        RUN pip install --no-cache-dir -r requirements.txt
        CMD ["python", "app.py"]
      `,
      findings: [
        {
          line: 3,
          column: 1,
          message:
            '`COPY . /app` at line 3 copies source before the dependency install at line 4 (`pip install --no-cache-dir -r requirements.txt`), ' +
            'which needs only requirements.txt: every source edit re-runs the install; copy those first and install before this COPY',
        },
      ],
      output: dockerfile`
        FROM python:3.12-slim
        WORKDIR /app
        COPY requirements.txt /app/
        RUN pip install --no-cache-dir -r requirements.txt
        COPY . /app
        CMD ["python", "app.py"]
      `,
    },
    {
      name: 'go: manifests already copied, a source folder before the download',
      code: dockerfile`
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum ./
        COPY internal/ ./internal/
        LABEL stage=build
        RUN go mod download
        COPY cmd ./cmd
        RUN go build -o /app ./cmd/app
      `,
      findings: [{ line: 4, column: 1, message: '`COPY internal/ ./internal/` at line 4 copies source before the dependency install at line 6 (`go mod download`), which needs only go.mod and go.sum: every source edit re-runs the install; copy those first and install before this COPY' }],
      output: dockerfile`
        FROM golang:1.22
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN go mod download
        COPY internal/ ./internal/
        LABEL stage=build
        COPY cmd ./cmd
        RUN go build -o /app ./cmd/app
      `,
    },
    {
      name: 'dotnet: project files copied first, restore moved up',
      code: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY *.csproj ./\nCOPY . .\nRUN dotnet restore\nRUN dotnet publish -c Release -o /out\n',
      findings: [{ line: 4, message: '`COPY . .` at line 4 copies source before the dependency install at line 5 (`dotnet restore`), which needs only *.csproj and *.sln: every source edit re-runs the install; copy those first and install before this COPY' }],
      output: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nWORKDIR /src\nCOPY *.csproj ./\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish -c Release -o /out\n',
    },
    {
      name: 'two installs at the head of one RUN',
      code: dockerfile`
        FROM nikolaik/python-nodejs:python3.12-nodejs20
        WORKDIR /app
        ADD . .
        RUN pip install -r requirements.txt && npm ci && npm run build
      `,
      findings: [
        {
          line: 3,
          message:
            '`ADD . .` at line 3 copies source before dependency installs at line 4 (`pip install -r requirements.txt`, `npm ci`), ' +
            'which need only requirements.txt, package.json and package-lock.json: every source edit re-runs them; ' +
            'copy those first and install before this COPY',
        },
      ],
      output: dockerfile`
        FROM nikolaik/python-nodejs:python3.12-nodejs20
        WORKDIR /app
        COPY requirements.txt package*.json ./
        RUN pip install -r requirements.txt && npm ci
        ADD . .
        RUN npm run build
      `,
    },
    {
      name: 'WORKDIR between the COPY and the install: reported, not fixed',
      code: 'FROM node:20\nCOPY . /app\nWORKDIR /app\nRUN npm ci\n',
      findings: [{ line: 2, column: 1, endColumn: 12, message: '`COPY . /app` at line 2 copies source before the dependency install at line 4 (`npm ci`), which needs only package.json and package-lock.json: every source edit re-runs the install; copy those first and install before this COPY', noFix: 'the install cannot move up across the WORKDIR at line 3' }],
    },
    {
      name: 'the source lands elsewhere than the working directory: not fixed',
      code: 'FROM node:20\nWORKDIR /app\nCOPY . ./web/\nRUN cd web && npm ci\n',
      findings: [{ line: 3, message: '`COPY . ./web/` at line 3 copies source before the dependency install at line 4 (`npm ci`), which needs only package.json and package-lock.json: every source edit re-runs the install; copy those first and install before this COPY', noFix: 'the RUN does not start with installs that need only manifests, joined by &&' }],
    },
    {
      name: 'installs that build the project too are reported, not fixed',
      code: dockerfile`
        FROM rust:1.79 AS build
        WORKDIR /src
        COPY . .
        RUN cargo build --release
        FROM python:3.12
        WORKDIR /app
        COPY . .
        RUN poetry install
      `,
      findings: [
        {
          line: 3,
          message:
            '`COPY . .` at line 3 copies source before the dependency install at line 4 (`cargo build --release`), whose dependencies ' +
            'come from Cargo.toml and Cargo.lock: every source edit downloads them again; copy those first and fetch the dependencies before this COPY',
          noFix: 'the RUN does not start with installs that need only manifests, joined by &&',
        },
        { line: 7, message: '`COPY . .` at line 7 copies source before the dependency install at line 8 (`poetry install`), whose dependencies come from pyproject.toml and poetry.lock: every source edit downloads them again; copy those first and fetch the dependencies before this COPY', noFix: 'the RUN does not start with installs that need only manifests, joined by &&' },
      ],
    },
    {
      name: 'the dependency part of a two-step install moves; the project install stays',
      code: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN poetry install --no-root && poetry install\n',
      findings: [{ line: 3, message: '`COPY . .` at line 3 copies source before dependency installs at line 4 (`poetry install --no-root`, `poetry install`), which need only pyproject.toml and poetry.lock: every source edit re-runs them; copy those first and install before this COPY' }],
      output: 'FROM python:3.12\nWORKDIR /app\nCOPY pyproject.toml poetry.lock ./\nRUN poetry install --no-root\nCOPY . .\nRUN poetry install\n',
    },
    {
      name: 'requirements in a folder: reported, not fixed',
      code: 'FROM python:3.12\nWORKDIR /app\nCOPY . .\nRUN pip install -r requirements/prod.txt\n',
      findings: [{ line: 3, message: '`COPY . .` at line 3 copies source before the dependency install at line 4 (`pip install -r requirements/prod.txt`), which needs only requirements/prod.txt: every source edit re-runs the install; copy those first and install before this COPY' }],
    },
    {
      name: 'bundle, composer and uv',
      code: dockerfile`
        FROM ruby:3.3
        WORKDIR /app
        COPY app ./app
        RUN bundle install
        FROM composer:2
        WORKDIR /app
        COPY . .
        RUN composer install --no-scripts --no-autoloader
        FROM ghcr.io/astral-sh/uv:python3.12-bookworm
        WORKDIR /app
        COPY . .
        RUN uv sync --frozen --no-install-project
      `,
      findings: [
        { line: 3, message: '`COPY app ./app` at line 3 copies source before the dependency install at line 4 (`bundle install`), which needs only Gemfile and Gemfile.lock: every source edit re-runs the install; copy those first and install before this COPY' },
        { line: 7, message: '`COPY . .` at line 7 copies source before the dependency install at line 8 (`composer install --no-scripts --no-autoloader`), which needs only composer.json and composer.lock: every source edit re-runs the install; copy those first and install before this COPY' },
        { line: 11, message: '`COPY . .` at line 11 copies source before the dependency install at line 12 (`uv sync --frozen --no-install-project`), which needs only pyproject.toml and uv.lock: every source edit re-runs the install; copy those first and install before this COPY' },
      ],
      output: dockerfile`
        FROM ruby:3.3
        WORKDIR /app
        COPY app ./app
        RUN bundle install
        FROM composer:2
        WORKDIR /app
        COPY composer.json composer.lock ./
        RUN composer install --no-scripts --no-autoloader
        COPY . .
        FROM ghcr.io/astral-sh/uv:python3.12-bookworm
        WORKDIR /app
        COPY pyproject.toml uv.lock ./
        RUN uv sync --frozen --no-install-project
        COPY . .
      `,
    },
  ],
} satisfies RuleFixtures;
