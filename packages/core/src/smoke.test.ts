import { DockerfileParser } from 'dockerfile-ast';

test('the toolchain compiles TypeScript and loads dockerfile-ast', () => {
  const doc = DockerfileParser.parse('FROM alpine\nRUN true\n');
  expect(doc.getInstructions().map((i) => i.getKeyword())).toEqual(['FROM', 'RUN']);
});
