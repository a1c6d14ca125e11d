import { execFormWords } from './exec-words';

test('plain words split on blanks, as sh would', () => {
  expect(execFormWords('node  server.js\t--port=8080')).toEqual(['node', 'server.js', '--port=8080']);
  expect(execFormWords('exec gunicorn -b 0.0.0.0:8000 app:app')).toEqual(['gunicorn', '-b', '0.0.0.0:8000', 'app:app']);
});

test.each(['echo $HOME', 'echo "hi"', "echo 'hi'", 'ls *.txt', 'a && b', 'a | b', 'a > log', 'cd /app', 'FOO=1 app', 'cat ~/x', 'a; b', 'exec -a name app', 'a # note', 'a\\ b'])(
  'needs the shell: %s',
  (text) => {
    expect(execFormWords(text)).toBeUndefined();
  },
);
