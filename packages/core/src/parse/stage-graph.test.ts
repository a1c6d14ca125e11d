import { parseDockerfile } from './dockerfile';
import { baseChain, shippedStages, stageNamed, stageReferences, stagesNeededBy } from './stage-graph';

const MULTI_STAGE = [
  'FROM golang:1.22 AS Build', // 0
  'RUN go build -o /app',
  'FROM build AS test', // 1: built on 0, names are compared lower-cased
  'RUN go test',
  'FROM alpine AS assets', // 2
  'RUN echo > /css',
  'FROM debian AS tools', // 3: only mounted from
  'FROM alpine AS base', // 4
  'FROM BASE', // 5: the default target, built on 4
  'COPY --from=BUILD /app /app',
  'COPY --from=2 /css /css',
  'RUN --mount=type=bind,from=tools,target=/t cp /t/x /x',
  'COPY --from=nginx:latest /etc/nginx /etc/nginx',
].join('\n');

describe('stage graph', () => {
  const document = parseDockerfile(MULTI_STAGE);

  test('FROM <stage> gives the base stage, by name in any case', () => {
    expect(document.stages.map((stage) => stage.baseStage)).toEqual([undefined, 0, undefined, undefined, undefined, 4]);
  });

  test('dependsOn: the base, then the stages copied or mounted from; images are not stages', () => {
    expect(document.stages.map((stage) => stage.dependsOn)).toEqual([[], [0], [], [], [], [4, 0, 2, 3]]);
  });

  test('stageReferences reads COPY --from and RUN --mount from=', () => {
    expect(document.stages[5].instructions.map(stageReferences)).toEqual([[], ['BUILD'], ['2'], ['tools'], ['nginx:latest']]);
  });

  test('stageNamed resolves names and indexes, optionally only among earlier stages', () => {
    expect(stageNamed(document, 'TESTS')).toBeUndefined();
    expect(stageNamed(document, 'Test')).toBe(1);
    expect(stageNamed(document, '3')).toBe(3);
    expect(stageNamed(document, '6')).toBeUndefined();
    expect(stageNamed(document, 'tools', 3)).toBeUndefined();
    expect(stageNamed(document, '3', 3)).toBeUndefined();
    expect(stageNamed(document, '2', 3)).toBe(2);
  });

  test('stagesNeededBy: what a build of the target runs, in document order, the target last', () => {
    expect(stagesNeededBy(document, 5)).toEqual([0, 2, 3, 4, 5]);
    expect(stagesNeededBy(document, 1)).toEqual([0, 1]);
    expect(stagesNeededBy(document, 3)).toEqual([3]);
  });

  test('the stages that ship are the target and its FROM chain', () => {
    expect([...shippedStages(document)]).toEqual([4, 5]);
    expect([...shippedStages(document, 1)]).toEqual([0, 1]);
    expect(baseChain(document, 1)).toEqual([0, 1]);
    expect([...shippedStages(parseDockerfile(''))]).toEqual([]);
  });
});
