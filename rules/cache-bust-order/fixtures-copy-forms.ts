import { dockerfile, type InvalidCase, type ValidCase } from '../harness';

// What counts as source in a COPY's sources: its forms (JSON, several sources, globs) and the files that are not source.

const valid: ValidCase[] = [
  {
    name: 'COPY --from is not the build context',
    code: 'FROM node:20 AS build\nRUN make\nFROM node:20\nWORKDIR /app\nCOPY --from=build /app ./\nRUN npm ci --omit=dev\n',
  },
  { name: 'a single file is not broad source', code: 'FROM golang:1.22\nWORKDIR /src\nCOPY go.mod go.sum ./\nCOPY Makefile ./\nRUN go mod download\n' },
  {
    name: 'the JSON-form manifest copy with the gradle wrapper is the manifest copy itself (microservices-demo adservice)',
    code: dockerfile`
      FROM eclipse-temurin:21-jdk AS builder
      WORKDIR /app
      COPY ["build.gradle", "gradlew", "./"]
      COPY gradle gradle
      RUN chmod +x gradlew
      RUN ./gradlew downloadRepos
      COPY . .
      RUN ./gradlew installDist
    `,
  },
  {
    name: 'several sources, a glob of the wrapper among them (opentelemetry-demo ad); maven wrapper folders',
    code: dockerfile`
      FROM eclipse-temurin:21-jdk AS builder
      WORKDIR /usr/src/app/
      COPY ./src/ad/gradlew* ./src/ad/settings.gradle* ./src/ad/build.gradle ./
      COPY ./src/ad/gradle ./gradle
      RUN ./gradlew downloadRepos
      FROM eclipse-temurin:21-jdk
      WORKDIR /app
      COPY mvnw pom.xml ./
      COPY .mvn/wrapper .mvn/wrapper
      RUN ./mvnw dependency:go-offline
      COPY src ./src
    `,
  },
  {
    name: 'a vendor folder is dependencies, not source (rancher elemental-toolkit); JSON form with globs (node samples)',
    code: dockerfile`
      FROM golang:1.22
      ADD go.mod .
      ADD go.sum .
      ADD vendor vendor
      RUN go mod download
      ADD cmd cmd
      FROM node:20
      WORKDIR /app
      COPY ["package.json", "package-lock.json*", "npm-shrinkwrap.json*", "./"]
      RUN npm ci
      COPY [".", "."]
    `,
  },
];

const invalid: InvalidCase[] = [
  {
    name: 'a JSON-form COPY of a folder is source',
    code: 'FROM eclipse-temurin:21-jdk\nWORKDIR /app\nCOPY ["build.gradle", "src", "./"]\nRUN ./gradlew downloadRepos\n',
    findings: [
      {
        line: 3,
        message:
          '`COPY ["build.gradle", "src", "./"]` at line 3 copies source before the dependency install at line 4 (`./gradlew downloadRepos`), ' +
          'whose dependencies come from build.gradle and settings.gradle: every source edit downloads them again; copy those first and fetch the dependencies before this COPY',
      },
    ],
  },
];

export default { valid, invalid };
